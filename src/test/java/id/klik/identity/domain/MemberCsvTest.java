package id.klik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.shared.domain.FieldProblem;
import org.junit.jupiter.api.Test;

class MemberCsvTest {

  @Test
  void readsRowsWithTheirLinesAndSeveralRolesInACell() {
    MemberCsv.Parsed parsed =
        MemberCsv.parse(
            "email,name,roles,work_unit\n"
                + "a@example.org,Ani,clinic-staff|mentor,BAPPEDA\n"
                + "\n"
                + "b@example.org,\"Budi, S.T.\",innovator,\n");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).hasSize(2);
    assertThat(parsed.rows().get(0).roles()).containsExactly("clinic-staff", "mentor");
    assertThat(parsed.rows().get(0).workUnit()).isEqualTo("BAPPEDA");
    assertThat(parsed.rows().get(1).line()).isEqualTo(4);
    assertThat(parsed.rows().get(1).name()).isEqualTo("Budi, S.T.");
    assertThat(parsed.rows().get(1).workUnit()).isNull();
  }

  @Test
  void semicolonsSeparateColumnsAsSpreadsheetsInIndonesiaWriteThem() {
    MemberCsv.Parsed parsed = MemberCsv.parse("email;name;roles\na@example.org;Ani;viewer\n");

    assertThat(parsed.rows())
        .singleElement()
        .extracting(MemberCsv.Row::email)
        .isEqualTo("a@example.org");
  }

  @Test
  void aMissingColumnIsNamed() {
    assertThat(MemberCsv.parse("email,name\na@example.org,Ani\n").problems())
        .extracting(FieldProblem::messageKey, FieldProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("member.csv.column.missing", "roles"));
  }

  @Test
  void aHeaderWithoutRowsIsEmpty() {
    assertThat(MemberCsv.parse("email,name,roles\n").problems())
        .extracting(FieldProblem::messageKey)
        .containsExactly("csv.empty");
  }
}
