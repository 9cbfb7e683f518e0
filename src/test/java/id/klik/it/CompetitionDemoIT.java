package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pontianak's demo competition (seed.competition) on the packaged WAR: 49 registrations in the two
 * categories (14 agencies/BUMD, 35 kelurahan/UPT), screening done with a few rejected for a reason,
 * the three jurors' sheets submitted, 12 finalists (6 per category), results not published; the
 * jurors read its proposals blind. Singkawang sees none of it.
 */
@ExtendWith(LocalStack.class)
class CompetitionDemoIT {

  private static final String API = "/t/pontianak/api";

  @Test
  void pontianakHasTheDemoCompetitionAndSingkawangNothingOfIt() {
    String admin = Api.token("admin.pontianak", "pontianak");
    JsonObject demo =
        Api.get(API + "/competitions", admin).structure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getBoolean("demo", false))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no demo competition"));
    String id = demo.getString("id");

    assertThat(demo.getString("programRef")).isEqualTo("pontianak-city-competition@2025.1");
    assertThat(demo.getInt("registrations")).isEqualTo(49);
    assertThat(demo.getInt("rejected")).isEqualTo(3);
    assertThat(demo.getInt("accepted")).isEqualTo(46);
    assertThat(demo.getInt("finalists")).isEqualTo(12);
    assertThat(demo.getString("status")).isEqualTo("FINALISTS");
    assertThat(demo.containsKey("resultsPublishedAt")).isFalse();

    Api.Reply regs = Api.get(API + "/competitions/" + id + "/registrations", admin);
    assertThat(regs.status()).as(regs.body()).isEqualTo(200);
    List<JsonObject> all =
        regs.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    Map<String, Long> perCategory =
        all.stream()
            .collect(Collectors.groupingBy(r -> r.getString("category"), Collectors.counting()));
    assertThat(perCategory).containsEntry("agencies-bumd", 14L).containsEntry("kelurahan-upt", 35L);
    Map<String, Long> finalists =
        all.stream()
            .filter(r -> r.getBoolean("finalist"))
            .collect(Collectors.groupingBy(r -> r.getString("category"), Collectors.counting()));
    assertThat(finalists).containsEntry("agencies-bumd", 6L).containsEntry("kelurahan-upt", 6L);
    assertThat(all.stream().filter(r -> "REJECTED".equals(r.getString("status"))))
        .allSatisfy(r -> assertThat(r.getString("rejectionReason")).isNotBlank());

    Api.Reply ranking = Api.get(API + "/competitions/" + id + "/ranking", admin);
    assertThat(ranking.status()).as(ranking.body()).isEqualTo(200);

    String juror = Api.token("juri3.pontianak", "pontianak");
    Api.Reply sheets = Api.get(API + "/reviews", juror);
    assertThat(
            sheets.structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> id.equals(s.getString("competitionId", ""))))
        .hasSize(46)
        .allSatisfy(s -> assertThat(s.getString("status")).isEqualTo("SUBMITTED"));

    String singkawang = Api.token("admin.singkawang", "singkawang");
    Api.Reply other = Api.get("/t/singkawang/api/competitions", singkawang);
    assertThat(other.status()).as(other.body()).isEqualTo(200);
    assertThat(other.body()).doesNotContain(id).doesNotContain("Pontianak 2025");
    assertThat(Api.get("/t/singkawang/api/competitions/" + id, singkawang).status()).isEqualTo(404);
    assertThat(Api.get("/t/singkawang/api/proposals", singkawang).body()).doesNotContain("SIPETA");
  }
}
