package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * National mentors end to end on the packaged app: the demo mentor is accepted by Pontianak (whole
 * clinic), works there with the role MENTOR, is audited on every request, sees nothing of
 * Singkawang, is refused at once after a revoke; the platform registers mentors; a tenant's
 * acceptances are its own.
 */
@ExtendWith(LocalStack.class)
class NationalMentorIT {

  private static final String MENTOR = "mentor.nasional";
  private static final String UNITS = "/t/pontianak/api/work-units";

  private static String pontianakAdmin() {
    return Api.token("admin.pontianak", "pontianak");
  }

  private static JsonObject entry(JsonArray tenants, String slug) {
    return tenants.stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("slug").equals(slug))
        .findFirst()
        .orElse(null);
  }

  @Test
  void theMentorWorksInPontianakWithTheRoleMentor() {
    String token = Api.token(MENTOR, "pontianak");

    assertThat(Api.get(UNITS, token).status()).isEqualTo(200);
    assertThat(Api.get("/t/pontianak/api/mentors", token).status()).isEqualTo(200);
    // a mentor reads, but neither writes work units nor administers mentors
    assertThat(
            Api.post(UNITS, token, "{\"code\":\"M-1\",\"name\":\"Uji\",\"kind\":\"OPD\"}").status())
        .isEqualTo(403);
    assertThat(Api.post("/t/pontianak/api/mentors/" + MENTOR + "/revoke", token, null).status())
        .isEqualTo(403);
  }

  @Test
  void everyRequestOfTheMentorIsInPontianaksAuditTrail() {
    String token = Api.token(MENTOR, "pontianak");
    String marker = "/t/pontianak/api/work-units?q=audit-" + UUID.randomUUID();
    assertThat(Api.get(marker, token).status()).isEqualTo(200);

    assertThat(
            Db.count(
                "select count(*) from t_pontianak.audit_log where actor = ? and action ="
                    + " 'MENTOR_REQUEST' and details = ?",
                MENTOR,
                "GET /t/pontianak/api/work-units"))
        .isPositive();
    assertThat(Db.count("select count(*) from t_singkawang.audit_log where actor = ?", MENTOR))
        .isZero();
  }

  @Test
  void theMentorsHomeListsPontianakAndNotSingkawang() {
    Api.Reply home = Api.get("/api/mentor/tenants", Api.token(MENTOR, "*"));

    assertThat(home.status()).isEqualTo(200);
    JsonArray tenants = home.structure().asJsonArray();
    JsonObject pontianak = entry(tenants, "pontianak");
    assertThat(pontianak).isNotNull();
    assertThat(pontianak.getString("name")).isEqualTo("Kota Pontianak");
    assertThat(pontianak.getString("scope")).isEqualTo("CLINIC");
    assertThat(pontianak.isNull("reviewsWaiting")).isTrue();
    assertThat(pontianak.getJsonArray("nextConsultations")).isEmpty();
    assertThat(entry(tenants, "singkawang")).isNull();
    assertThat(home.body()).doesNotContain("Singkawang");
    // entering each tenant is audited at platform level
    assertThat(
            Db.count(
                "select count(*) from platform.platform_audit where action = 'ENTER_TENANT'"
                    + " and tenant = 'pontianak' and details = 'mentor home mentor.nasional'"))
        .isPositive();
  }

  @Test
  void sumedangShowsTheMentorItsAssignedTeam() {
    JsonObject sumedang =
        entry(
            Api.get("/api/mentor/tenants", Api.token(MENTOR, "*")).structure().asJsonArray(),
            "sumedang");

    assertThat(sumedang).isNotNull();
    assertThat(sumedang.getString("scope")).isEqualTo("TEAMS");
    JsonArray teams = sumedang.getJsonArray("teams");
    assertThat(teams).hasSize(1);
    JsonObject team = teams.getJsonObject(0);
    assertThat(team.getString("name")).isEqualTo("Tim Inovasi Sumedang");
    assertThat(team.getString("workUnitName")).isNotBlank();
    String token = Api.token(MENTOR, "sumedang");
    Api.Reply byId = Api.get("/t/sumedang/api/teams/" + team.getString("id"), token);
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.body()).contains("Tim Inovasi Sumedang");
    JsonObject seen = Api.get("/t/sumedang/api/mentors/" + MENTOR, token).json();
    assertThat(seen.getString("scope")).isEqualTo("TEAMS");
  }

  @Test
  void theMentorsHomeIsForNationalMentorsOnly() {
    assertThat(Api.get("/api/mentor/tenants", null).status()).isEqualTo(401);
    assertThat(Api.get("/api/mentor/tenants", pontianakAdmin()).status()).isEqualTo(403);
  }

  @Test
  void singkawangShowsTheMentorNothingOnAnyGetPath() {
    String singkawangAdmin = Api.token("admin.singkawang", "singkawang");
    String draft =
        Api.post(
                "/t/singkawang/api/templates/drafts/from/design-thinking/1.0.0",
                singkawangAdmin,
                null)
            .json()
            .getString("id");
    Map<String, String> ids =
        Map.of(
            "id", draft, "username", MENTOR, "templateId", "design-thinking", "version", "1.0.0");

    List<String> paths = tenantGetPaths();
    assertThat(paths).contains("/t/{slug}/api/mentors", "/t/{slug}/api/work-units/{id}");
    for (String token : List.of(Api.token(MENTOR, "*"), Api.token(MENTOR, "singkawang"))) {
      for (String path : paths) {
        String url = fill(path.replace("{slug}", "singkawang"), ids);
        Api.Reply reply = Api.get(url, token);
        assertThat(reply.status()).as(url).isIn(403, 404);
        assertThat(reply.body()).as(url).doesNotContain(draft, "design-thinking");
      }
    }
    // the same token does open the tenant that accepted the mentor
    assertThat(Api.get(UNITS, Api.token(MENTOR, "*")).status()).isEqualTo(200);
  }

  @Test
  void aRevokeRefusesTheNextRequestAndAReacceptOpensAgain() {
    String old = Api.token(MENTOR, "pontianak");
    assertThat(Api.get(UNITS, old).status()).isEqualTo(200);
    String admin = pontianakAdmin();
    try {
      Api.Reply revoked = Api.post("/t/pontianak/api/mentors/" + MENTOR + "/revoke", admin, null);
      assertThat(revoked.status()).isEqualTo(200);
      assertThat(revoked.json().getBoolean("accepted")).isFalse();

      assertThat(Api.get(UNITS, old).status()).isEqualTo(403);
      assertThat(Api.get(UNITS, Api.token(MENTOR, "pontianak")).status()).isEqualTo(403);
      assertThat(
              entry(
                  Api.get("/api/mentor/tenants", Api.token(MENTOR, "*")).structure().asJsonArray(),
                  "pontianak"))
          .isNull();
      assertThat(
              Db.count(
                  "select count(*) from t_pontianak.audit_log where action = 'MENTOR_REVOKED'"
                      + " and entity_id = ? and actor = 'admin.pontianak'",
                  MENTOR))
          .isPositive();
    } finally {
      Api.Reply accepted = Api.post("/t/pontianak/api/mentors/" + MENTOR + "/accept", admin, "{}");
      assertThat(accepted.status()).isEqualTo(200);
      assertThat(accepted.json().getString("scope")).isEqualTo("CLINIC");
    }
    assertThat(Api.get(UNITS, old).status()).isEqualTo(200);
    assertThat(Api.get(UNITS, Api.token(MENTOR, "pontianak")).status()).isEqualTo(200);
  }

  @Test
  void thePlatformRegistersMentorsAndRefusesBadOrDuplicateOnes() {
    String platform = Api.token("platform.admin", null);
    String username = "mentor.reg." + UUID.randomUUID().toString().substring(0, 8);

    Api.Reply created =
        Api.post(
            "/api/platform/mentors",
            platform,
            "{\"username\":\""
                + username
                + "\",\"email\":\""
                + username
                + "@lan.example.go.id\",\"name\":\"Budi Santoso\","
                + "\"institution\":\"LAN RI\",\"expertise\":[\"kebijakan publik\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(Api.get("/api/platform/mentors", platform).body()).contains(username, "LAN RI");

    Api.Reply badEmail =
        Api.post(
            "/api/platform/mentors",
            platform,
            "{\"email\":\"bukan-email\",\"name\":\"X\",\"institution\":\"Y\"}");
    assertThat(badEmail.status()).isEqualTo(400);
    assertThat(badEmail.body()).contains("email");
    Api.Reply duplicate =
        Api.post(
            "/api/platform/mentors",
            platform,
            "{\"username\":\"mentor.nasional\",\"email\":\"lain@lan.example.go.id\","
                + "\"name\":\"X\",\"institution\":\"Y\"}");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(Api.get("/api/platform/mentors", pontianakAdmin()).status()).isEqualTo(403);
    assertThat(
            Db.count("select count(*) from platform.national_mentor where email = 'bukan-email'"))
        .isZero();
  }

  @Test
  void acceptingIsForClinicAdminsWithRealMentorsAndTeams() {
    String admin = pontianakAdmin();
    String innovator = Api.token("inovator.pontianak", "pontianak");
    String accept = "/t/pontianak/api/mentors/" + MENTOR + "/accept";

    assertThat(Api.post(accept, innovator, "{}").status()).isEqualTo(403);
    assertThat(Api.post("/t/pontianak/api/mentors/nobody.here/accept", admin, "{}").status())
        .isEqualTo(404);
    Api.Reply badTeam = Api.post(accept, admin, "{\"teams\":[\"" + UUID.randomUUID() + "\"]}");
    assertThat(badTeam.status()).isEqualTo(400);
    assertThat(badTeam.body()).contains("teams");
    assertThat(Api.post(accept, admin, "{\"teams\":[\"tim-1\"]}").status()).isEqualTo(400);
    // nothing changed by the refused calls
    assertThat(Api.get("/t/pontianak/api/mentors/" + MENTOR, admin).json().getString("scope"))
        .isEqualTo("CLINIC");

    String team =
        Api.get("/t/pontianak/api/teams", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    try {
      Api.Reply forTeam = Api.post(accept, admin, "{\"teams\":[\"" + team + "\"]}");
      assertThat(forTeam.status()).isEqualTo(200);
      assertThat(forTeam.json().getString("scope")).isEqualTo("TEAMS");
      assertThat(forTeam.json().getJsonArray("teams").getJsonObject(0).getString("id"))
          .isEqualTo(team);
      assertThat(Api.get(UNITS, Api.token(MENTOR, "pontianak")).status()).isEqualTo(200);
    } finally {
      assertThat(Api.post(accept, admin, "{}").status()).isEqualTo(200);
    }
  }

  @Test
  void sumedangCanNeitherReadNorChangePontianaksAcceptances() {
    String platform = Api.token("platform.admin", null);
    String username = "mentor.iso." + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            Api.post(
                    "/api/platform/mentors",
                    platform,
                    "{\"username\":\""
                        + username
                        + "\",\"email\":\""
                        + username
                        + "@pusat.example.go.id\",\"name\":\"Isolasi\",\"institution\":\"X\"}")
                .status())
        .isEqualTo(201);
    String pontianak = pontianakAdmin();
    String sumedang = Api.token("admin.sumedang", "sumedang");
    assertThat(
            Api.post("/t/pontianak/api/mentors/" + username + "/accept", pontianak, "{}").status())
        .isEqualTo(200);

    JsonObject seenBySumedang = Api.get("/t/sumedang/api/mentors/" + username, sumedang).json();
    assertThat(seenBySumedang.getBoolean("accepted")).isFalse();
    assertThat(Api.post("/t/sumedang/api/mentors/" + username + "/revoke", sumedang, null).status())
        .isEqualTo(404);
    assertThat(
            Api.post("/t/pontianak/api/mentors/" + username + "/revoke", sumedang, null).status())
        .isEqualTo(403);
    assertThat(Api.get("/t/pontianak/api/mentors", sumedang).status()).isEqualTo(403);

    assertThat(
            Api.get("/t/pontianak/api/mentors/" + username, pontianak)
                .json()
                .getBoolean("accepted"))
        .isTrue();
    assertThat(
            Db.count(
                "select count(*) from t_sumedang.mentor_acceptance where username = ?", username))
        .isZero();
    assertThat(
            Db.count(
                "select count(*) from platform.mentor_acceptance_index where username = ?",
                username))
        .isEqualTo(1);
  }

  /** Every GET path of a tenant in the OpenAPI document, as published ({@code /t/{slug}/api/…}). */
  private static List<String> tenantGetPaths() {
    Api.Reply doc = Api.send(Api.request("/openapi", null).header("Accept", "application/json"));
    assertThat(doc.status()).isEqualTo(200);
    List<String> paths = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : doc.json().getJsonObject("paths").entrySet()) {
      if (path.getKey().startsWith("/t/{slug}/")
          && path.getValue().asJsonObject().containsKey("get")) {
        paths.add(path.getKey());
      }
    }
    return paths;
  }

  private static String fill(String path, Map<String, String> ids) {
    String url = path;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      url = url.replace("{" + id.getKey() + "}", id.getValue());
    }
    return url.replaceAll("\\{[^}]+}", ids.get("id"));
  }
}
