package id.klik.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.guideline.domain.FormBody;
import id.klik.shared.domain.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProposalChecksTest {

  private static final FormBody FORM =
      new FormBody(
          "proposal",
          List.of(
              new FormBody.Section(
                  "identity",
                  LocalizedText.of("Identitas"),
                  null,
                  true,
                  null,
                  null,
                  List.of(
                      new FormBody.Field(
                          "name",
                          LocalizedText.of("Nama"),
                          null,
                          "text",
                          true,
                          null,
                          null,
                          null,
                          null),
                      new FormBody.Field(
                          "stage",
                          LocalizedText.of("Tahapan"),
                          null,
                          "choice",
                          true,
                          null,
                          null,
                          List.of(
                              new FormBody.Option("uji-coba", LocalizedText.of("Uji coba")),
                              new FormBody.Option("penerapan", LocalizedText.of("Penerapan"))),
                          null),
                      new FormBody.Field(
                          "trial-date",
                          LocalizedText.of("Uji coba"),
                          null,
                          "date",
                          false,
                          null,
                          null,
                          null,
                          null))),
              new FormBody.Section(
                  "design-narrative",
                  LocalizedText.of("Rancang bangun"),
                  null,
                  true,
                  300,
                  null,
                  null),
              new FormBody.Section(
                  "notes", LocalizedText.of("Catatan"), null, false, null, 50, null)),
          List.of(
              new FormBody.Attachment(
                  "budget", LocalizedText.of("Anggaran"), true, List.of("pdf"), 10),
              new FormBody.Attachment(
                  "photo", LocalizedText.of("Foto"), false, List.of("png"), 5)));

  private static String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i % 20 == 19 ? "warga. " : i % 20 == 0 ? "Warga " : "warga ");
    }
    return b.toString().strip();
  }

  @Test
  void anEmptyProposalIsNotCompleteAndSaysWhatIsMissing() {
    ProposalChecks.Result r = ProposalChecks.of(FORM, Map.of(), Set.of(), 0);

    assertThat(r.completeness()).isZero();
    assertThat(r.findings())
        .extracting(Finding::sectionId, Finding::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple("identity", "proposal.check.fieldEmpty"),
            org.assertj.core.groups.Tuple.tuple("design-narrative", "proposal.check.sectionEmpty"),
            org.assertj.core.groups.Tuple.tuple(null, "proposal.check.attachmentMissing"),
            org.assertj.core.groups.Tuple.tuple(null, "proposal.check.noEvidence"));
  }

  @Test
  void aNarrativeBelowItsMinimumCountsItsWords() {
    var r =
        ProposalChecks.of(
            FORM,
            Map.of("design-narrative", new SectionContent(words(120), Map.of())),
            Set.of(),
            1);

    assertThat(r.findings())
        .filteredOn(f -> "design-narrative".equals(f.sectionId()))
        .extracting(Finding::code, Finding::args)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "proposal.check.tooFewWords", List.of("120", "300")));
  }

  @Test
  void everythingRequiredDoneIsAHundredPercent() {
    var r =
        ProposalChecks.of(
            FORM,
            Map.of(
                "identity",
                new SectionContent("", Map.of("name", "Surat Daring", "stage", "penerapan")),
                "design-narrative",
                new SectionContent(words(320), Map.of())),
            Set.of("budget"),
            2);

    assertThat(r.completeness()).isEqualTo(100);
    assertThat(r.errors()).isZero();
  }

  @Test
  void threeOfFourRequiredItemsAreSeventyFivePercent() {
    var r =
        ProposalChecks.of(
            FORM,
            Map.of(
                "identity",
                new SectionContent("", Map.of("name", "Surat Daring", "stage", "penerapan")),
                "design-narrative",
                new SectionContent(words(320), Map.of())),
            Set.of(),
            2);

    assertThat(r.completeness()).isEqualTo(66);
    assertThat(r.required()).isEqualTo(3);
  }

  @Test
  void aChoiceOutsideTheFormAndABadDateAreFound() {
    var r =
        ProposalChecks.of(
            FORM,
            Map.of(
                "identity",
                new SectionContent(
                    "", Map.of("name", "X", "stage", "selesai", "trial-date", "1 Maret 2024"))),
            Set.of(),
            1);

    assertThat(r.findings())
        .extracting(Finding::code)
        .contains("proposal.check.fieldChoice", "proposal.check.fieldDate");
  }

  @Test
  void anOptionalSectionOverItsMaximumIsFound() {
    var r =
        ProposalChecks.of(
            FORM, Map.of("notes", new SectionContent(words(60), Map.of())), Set.of(), 1);

    assertThat(r.findings())
        .extracting(Finding::sectionId, Finding::code)
        .contains(org.assertj.core.groups.Tuple.tuple("notes", "proposal.check.tooManyWords"));
  }

  @Test
  void readabilityFindingsComeWithTheSection() {
    var r =
        ProposalChecks.of(
            FORM,
            Map.of("notes", new SectionContent("Aplikasi SIMPEL dipakai warga.", Map.of())),
            Set.of(),
            1);

    assertThat(r.findings())
        .extracting(Finding::sectionId, Finding::code, Finding::args)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "notes", "proposal.check.abbreviation", List.of("SIMPEL")));
  }
}
