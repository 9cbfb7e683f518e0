package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A competition through the REST API on the packaged WAR: a team submits and registers its
 * proposal, the clinic screens it, three reviewers score it while a fourth (in the team) is
 * excluded for a conflict of interest, the ranking counts complete reviews only, finalists are
 * chosen and results published (mail to the team). Blind sheets carry no team or work unit; a
 * reviewer reaches only the proposals assigned to them; another tenant reaches nothing.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewsIT {

  private static final String API = "/t/pontianak/api";
  private static final String PROGRAM = "pontianak-city-competition@2025.1";
  private static final List<String> CRITERIA =
      List.of("novelty", "effectiveness", "benefit", "transferability", "sustainability");

  private static String admin;
  private static String innovator;
  private static String staff;
  private static String juror1;
  private static String juror2;
  private static String sumedang;

  private static String proposalId;
  private static String otherProposalId;
  private static String competitionId;
  private static String registrationId;
  private static String sheetJuror1;
  private static String sheetJuror2;
  private static String sheetStaff;
  private static String sheetAdmin;

  @BeforeAll
  static void aTeamHandsInItsProposal() {
    admin = Api.token("admin.pontianak", "pontianak");
    innovator = Api.token("inovator.pontianak", "pontianak");
    staff = Api.token("staf.pontianak", "pontianak");
    juror1 = Api.token("juri1.pontianak", "pontianak");
    juror2 = Api.token("juri2.pontianak", "pontianak");
    sumedang = Api.token("admin.sumedang", "sumedang");
    String form =
        Api.get(API + "/proposals/forms", innovator)
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getString("form");
    proposalId = proposal("Lapak Warga Akcaya", form);
    otherProposalId = proposal("Posyandu Lansia Akcaya Ceria", form);
    Api.Reply submitted = Api.post(API + "/proposals/" + proposalId + "/submit", innovator, "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
  }

  private static String proposal(String innovationName, String form) {
    Api.Reply list = Api.get(API + "/innovations?q=" + Api.enc(innovationName), innovator);
    String innovationId = list.json().getJsonArray("items").getJsonObject(0).getString("id");
    Api.Reply created =
        Api.post(
            API + "/proposals",
            innovator,
            "{\"innovationId\":\"" + innovationId + "\",\"form\":\"" + form + "\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("id");
  }

  @Test
  @Order(1)
  void theClinicOpensACompetitionFromPontianaksBlueprint() {
    LocalDate today = LocalDate.now();
    Api.Reply created =
        Api.post(
            API + "/competitions",
            admin,
            "{\"name\":\"Kompetisi IT "
                + System.nanoTime()
                + "\",\"program\":\""
                + PROGRAM
                + "\",\"registrationOpens\":\""
                + today.minusDays(1)
                + "\",\"registrationCloses\":\""
                + today.plusDays(30)
                + "\",\"blind\":true}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getString("rubricRef")).isEqualTo("city-competition-rubric@1.0.0");
    assertThat(created.json().getString("status")).isEqualTo("REGISTRATION");
    competitionId = created.json().getString("id");
    assertThat(Api.post(API + "/competitions", innovator, "{}").status()).isEqualTo(403);
  }

  @Test
  @Order(2)
  void theTeamRegistersItsProposalOnceInItsWorkUnitsCategory() {
    Api.Reply draft =
        Api.post(
            competition("/registrations"),
            innovator,
            "{\"proposalId\":\"" + otherProposalId + "\"}");
    Api.Reply r =
        Api.post(
            competition("/registrations"), innovator, "{\"proposalId\":\"" + proposalId + "\"}");

    assertThat(draft.status()).as(draft.body()).isEqualTo(409);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().getString("category")).isEqualTo("kelurahan-upt");
    assertThat(r.json().getString("status")).isEqualTo("REGISTERED");
    registrationId = r.json().getString("id");
    assertThat(
            Api.post(
                    competition("/registrations"),
                    innovator,
                    "{\"proposalId\":\"" + proposalId + "\"}")
                .status())
        .isEqualTo(409);
  }

  @Test
  @Order(3)
  void screeningAcceptsOnlyWithTheWholeChecklist() {
    Api.Reply partial =
        Api.post(
            competition("/screening/" + registrationId),
            admin,
            "{\"accepted\":true,\"checklist\":[\"form-complete\"]}");
    Api.Reply accepted =
        Api.post(
            competition("/screening/" + registrationId),
            admin,
            "{\"accepted\":true,\"checklist\":[\"form-complete\",\"innovation-applied\","
                + "\"head-approval\",\"not-entered-before\"],\"note\":\"Lengkap\"}");

    assertThat(partial.status()).as(partial.body()).isEqualTo(400);
    assertThat(partial.body()).contains("head-approval");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
  }

  @Test
  @Order(4)
  void aReviewerInTheEntrantsTeamIsExcludedAtAssignment() {
    Api.Reply r =
        Api.post(
            competition("/reviewers"),
            admin,
            "{\"stage\":\"panel\",\"reviewers\":[\"juri1.pontianak\",\"juri2.pontianak\","
                + "\"staf.pontianak\",\"admin.pontianak\"]}");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getInt("sheets")).isEqualTo(4);
    assertThat(r.json().getJsonArray("excluded")).hasSize(1);
    JsonObject excluded = r.json().getJsonArray("excluded").getJsonObject(0);
    assertThat(excluded.getString("reviewer")).isEqualTo("admin.pontianak");
    assertThat(excluded.getString("reason")).isEqualTo("SAME_TEAM");
    sheetAdmin = excluded.getString("reviewId");
    sheetJuror1 = onlySheet(juror1);
    sheetJuror2 = onlySheet(juror2);
    sheetStaff = onlySheet(staff);
  }

  private static String onlySheet(String token) {
    Api.Reply mine = Api.get(API + "/reviews", token);
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    return mine.structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> competitionId.equals(o.getString("competitionId", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  @Test
  @Order(5)
  void aBlindReviewersSheetCarriesNoTeamWorkUnitOrNames() {
    Api.Reply sheet = Api.get(API + "/reviews/" + sheetJuror1, juror1);

    assertThat(sheet.status()).as(sheet.body()).isEqualTo(200);
    assertThat(sheet.json().getBoolean("blind")).isTrue();
    assertThat(sheet.json().containsKey("teamName")).isFalse();
    assertThat(sheet.json().containsKey("workUnitName")).isFalse();
    assertThat(sheet.body())
        .doesNotContain("Tim Inovasi Kelurahan Akcaya")
        .doesNotContain("Kelurahan Akcaya")
        .doesNotContain("inovator.pontianak")
        .doesNotContain("Inovator Pontianak")
        .doesNotContain("admin.pontianak");
    assertThat(Api.get(API + "/reviews", juror1).body())
        .doesNotContain("Tim Inovasi Kelurahan Akcaya")
        .doesNotContain("Kelurahan Akcaya");

    // the proposal itself, read through the reviewer's grant, is blind as well
    Api.Reply proposal = Api.get(API + "/proposals/" + proposalId, juror1);
    assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
    assertThat(proposal.json().getBoolean("blind")).isTrue();
    assertThat(proposal.json().containsKey("teamId")).isFalse();
    assertThat(proposal.json().containsKey("innovationId")).isFalse();
    assertThat(proposal.json().containsKey("innovationName")).isFalse();
    assertThat(proposal.body())
        .doesNotContain("Lapak Warga Akcaya")
        .doesNotContain("Tim Inovasi Kelurahan Akcaya")
        .doesNotContain("Kelurahan Akcaya")
        .doesNotContain("inovator.pontianak")
        .doesNotContain("Inovator Pontianak");
    assertThat(Api.get(API + "/proposals", juror1).body())
        .doesNotContain("Lapak Warga Akcaya")
        .doesNotContain("Kelurahan Akcaya");
    // nor its versions (authors, unredacted text) or the team's comments
    assertThat(Api.get(API + "/proposals/" + proposalId + "/versions", juror1).status())
        .isEqualTo(404);
    assertThat(Api.get(API + "/proposals/" + proposalId + "/comments", juror1).status())
        .isEqualTo(404);
    // the team and the clinic still see it all
    Api.Reply own = Api.get(API + "/proposals/" + proposalId, innovator);
    assertThat(own.json().containsKey("blind")).isFalse();
    assertThat(own.json().getString("innovationName")).isEqualTo("Lapak Warga Akcaya");
  }

  @Test
  @Order(6)
  void reviewersScoreOnTheRubricsScaleAndOnlyTheirOwnSheets() {
    Api.Reply offScale =
        score(juror1, sheetJuror1, "{\"criterionId\":\"novelty\",\"score\":5}", true);
    Api.Reply j1 = score(juror1, sheetJuror1, all(4, 4, 3, 3, 4, "Bagus"), true);
    Api.Reply j2 = score(juror2, sheetJuror2, "{\"criterionId\":\"novelty\",\"score\":2}", false);
    Api.Reply st = score(staff, sheetStaff, all(3, 3, 3, 3, 3, "Cukup jelas"), true);

    assertThat(offScale.status()).as(offScale.body()).isEqualTo(400);
    assertThat(j1.status()).as(j1.body()).isEqualTo(200);
    assertThat(j1.json().getString("status")).isEqualTo("SUBMITTED");
    assertThat(j1.json().getJsonNumber("weightedScore").doubleValue()).isEqualTo(90.0);
    assertThat(j2.status()).as(j2.body()).isEqualTo(200);
    assertThat(j2.json().getJsonArray("missing")).hasSize(4);
    assertThat(st.status()).as(st.body()).isEqualTo(200);
    assertThat(score(admin, sheetAdmin, all(1, 1, 1, 1, 1, "x"), true).status()).isEqualTo(409);
    assertThat(Api.get(API + "/reviews/" + sheetJuror2, juror1).status()).isEqualTo(404);
    assertThat(score(juror1, sheetJuror2, all(1, 1, 1, 1, 1, "x"), true).status()).isEqualTo(404);
  }

  @Test
  @Order(7)
  void aReviewerReadsTheAssignedProposalButNoOther() {
    assertThat(Api.get(API + "/proposals/" + proposalId, juror1).status()).isEqualTo(200);
    assertThat(Api.get(API + "/proposals/" + otherProposalId, juror1).status()).isEqualTo(404);
    assertThat(Api.get(API + "/proposals/" + proposalId, admin).status()).isEqualTo(200);
  }

  @Test
  @Order(8)
  void theRankingCountsCompleteReviewsAndReportsTheRest() {
    Api.Reply r = Api.get(competition("/ranking"), admin);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getBoolean("perCategory")).isTrue();
    assertThat(r.json().getString("tieRule")).isNotBlank();
    JsonObject row =
        r.json().getJsonArray("categories").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("id").equals("kelurahan-upt"))
            .findFirst()
            .orElseThrow()
            .getJsonArray("rows")
            .getJsonObject(0);
    assertThat(row.getString("registrationId")).isEqualTo(registrationId);
    assertThat(row.getInt("rank")).isEqualTo(1);
    assertThat(row.getInt("reviewsCounted")).isEqualTo(2);
    assertThat(row.getInt("excluded")).isEqualTo(1);
    assertThat(row.getJsonArray("incomplete")).hasSize(1);
    assertThat(row.getJsonArray("incomplete").getJsonObject(0).getString("reviewer"))
        .isEqualTo("juri2.pontianak");
    // (90 + 75) / 2
    assertThat(row.getJsonNumber("score").doubleValue()).isEqualTo(82.5);
    assertThat(Api.get(competition("/ranking"), juror1).status()).isEqualTo(403);
  }

  @Test
  @Order(9)
  void finalistsAreChosenAndResultsPublishedToTheTeam() {
    assertThat(Api.get(competition("/results"), innovator).status()).isEqualTo(404);
    Api.Reply finalists = Api.post(competition("/finalists"), admin, "");
    Api.Reply published = Api.post(competition("/publish"), admin, "");

    assertThat(finalists.status()).as(finalists.body()).isEqualTo(200);
    assertThat(finalists.json().getJsonArray("registrationIds").getString(0))
        .isEqualTo(registrationId);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.outbox where template_key ="
                    + " 'competition-results-finalist' and parameters::text like ?",
                "%" + "Lapak Warga Akcaya" + "%"))
        .isGreaterThanOrEqualTo(1);
    Api.Reply results = Api.get(competition("/results"), innovator);
    assertThat(results.status()).as(results.body()).isEqualTo(200);
    JsonObject own = results.json().getJsonArray("ownEntries").getJsonObject(0);
    assertThat(own.getBoolean("finalist")).isTrue();
    assertThat(own.getJsonArray("feedback").getJsonObject(0).getJsonArray("comments").toString())
        .contains("Bagus")
        .contains("Cukup jelas");
    assertThat(Api.post(competition("/publish"), admin, "").status()).isEqualTo(409);
  }

  @Test
  @Order(10)
  void anotherTenantReachesNoCompetitionRegistrationOrReview() {
    String other = "/t/sumedang/api/competitions/" + competitionId;

    assertThat(Api.get(other, sumedang).status()).isEqualTo(404);
    assertThat(Api.get(other + "/registrations", sumedang).status()).isEqualTo(404);
    assertThat(Api.get(other + "/ranking", sumedang).status()).isEqualTo(404);
    assertThat(Api.get(other + "/results", sumedang).status()).isEqualTo(404);
    assertThat(
            Api.post(
                    other + "/screening/" + registrationId,
                    sumedang,
                    "{\"accepted\":false,\"reason\":\"incomplete\"}")
                .status())
        .isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/reviews/" + sheetJuror1, sumedang).status()).isEqualTo(404);
    assertThat(
            Api.put(
                    "/t/sumedang/api/reviews/" + sheetJuror1,
                    sumedang,
                    "{\"scores\":[],\"submit\":false}")
                .status())
        .isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/competitions", sumedang).body())
        .doesNotContain(competitionId);
    // a token of Pontianak does not open Sumedang's API either
    assertThat(Api.get("/t/sumedang/api/reviews/" + sheetJuror1, juror1).status())
        .isIn(401, 403, 404);
  }

  private static String competition(String tail) {
    return API + "/competitions/" + competitionId + tail;
  }

  private static Api.Reply score(String token, String sheet, String items, boolean submit) {
    return Api.put(
        API + "/reviews/" + sheet, token, "{\"scores\":[" + items + "],\"submit\":" + submit + "}");
  }

  private static String all(int a, int b, int c, int d, int e, String feedback) {
    int[] s = {a, b, c, d, e};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"criterionId\":\"")
          .append(CRITERIA.get(i))
          .append("\",\"score\":")
          .append(s[i])
          .append(",\"feedback\":\"")
          .append(feedback)
          .append("\"}");
    }
    return out.toString();
  }
}
