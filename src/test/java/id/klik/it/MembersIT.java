package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Members end to end on the packaged app with real Keycloak and GreenMail: an invitation mail whose
 * link sets the password, a token for that tenant only, deactivation refusing the old token at
 * once, bad input, all-or-nothing CSV, and tenant isolation. Writes happen in Singkawang, whose
 * outbox no other test counts; Pontianak is only read.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MembersIT {

  private static final String MEMBERS = "/t/singkawang/api/members";
  private static final String INVITEE = "rina.members-it@klik.example.go.id";
  private static final String PASSWORD = "Kapuas-Sungai-2026";

  private static String memberId;
  private static String inviteeToken;

  private static String admin() {
    return Api.token("admin.singkawang", "singkawang");
  }

  @Test
  @Order(1)
  void anInvitedPersonGetsAMailSetsAPasswordAndEntersThatTenantOnly() throws Exception {
    Api.Reply invited =
        Api.post(
            MEMBERS,
            admin(),
            "{\"email\":\"Rina.Members-IT@klik.example.go.id\",\"name\":\"Rina Lestari\","
                + "\"roles\":[\"innovator\",\"viewer\"]}");

    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    JsonObject member = invited.json();
    memberId = member.getString("id");
    assertThat(member.getString("status")).isEqualTo("PENDING");
    assertThat(member.getString("username")).isEqualTo(INVITEE);
    assertThat(member.getJsonArray("roles").toString()).contains("innovator", "viewer");

    JsonObject mail = Mailbox.await(INVITEE, 1).getJsonObject(0);
    assertThat(mail.getString("subject"))
        .isEqualTo("Selamat datang di Klinik Inovasi Kota Singkawang");
    String link = Mailbox.invitationPath(mail.getString("mimeMessage"));
    assertThat(link).startsWith("/t/singkawang/invitation?token=");

    assertThat(InvitationForm.open(link.replace("/t/singkawang/", "/t/sumedang/")).page())
        .as("another tenant's invitation page knows no such token")
        .contains("tidak berlaku lagi")
        .doesNotContain("Rina Lestari");
    InvitationForm form = InvitationForm.open(link);
    assertThat(form.page()).contains("Rina Lestari", INVITEE);
    String mismatch = form.submit(PASSWORD, PASSWORD + "x");
    assertThat(mismatch).contains("Kedua kata sandi tidak sama");
    String tooShort = form.submit("pendek", "pendek");
    assertThat(tooShort).contains("sedikitnya 10 karakter");
    HttpResponse<String> accepted = form.accept(PASSWORD);
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/t/singkawang/");

    inviteeToken = token(INVITEE, PASSWORD, "singkawang");
    assertThat(Api.get("/t/singkawang/api/templates", inviteeToken).status()).isEqualTo(200);
    assertThat(Api.get(MEMBERS + "/" + memberId, admin()).json().getString("status"))
        .isEqualTo("ACTIVE");
    assertThat(inOrganization("singkawang", INVITEE)).isTrue();
    assertThat(refusedIn("pontianak")).as("another tenant refuses them").isTrue();
    assertThat(InvitationForm.open(link).page())
        .as("a used link says so")
        .contains("tidak berlaku lagi");
  }

  @Test
  @Order(2)
  void deactivatingRefusesTheNextRequestEvenWithTheOldToken() {
    assertThat(Api.get("/t/singkawang/api/templates", inviteeToken).status()).isEqualTo(200);

    Api.Reply deactivated = Api.post(MEMBERS + "/" + memberId + "/deactivate", admin(), null);

    assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
    assertThat(deactivated.json().getString("status")).isEqualTo("INACTIVE");
    assertThat(Api.get("/t/singkawang/api/templates", inviteeToken).status()).isEqualTo(403);
    assertThat(inOrganization("singkawang", INVITEE))
        .as("removed from the tenant's Keycloak organization")
        .isFalse();
    assertThat(Db.count("select count(*) from t_singkawang.membership where email = ?", INVITEE))
        .as("the membership stays for history")
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from t_singkawang.audit_log where entity = 'membership'"
                    + " and action in ('INVITE', 'ACCEPT_INVITATION', 'DEACTIVATE')"))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  @Order(3)
  void aFormerMemberCanBeInvitedAgainAndAnOldLinkNoLongerWorks() throws Exception {
    Api.Reply again = Api.post(MEMBERS + "/" + memberId + "/reinvite", admin(), null);

    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().getString("status")).isEqualTo("PENDING");
    String link =
        Mailbox.invitationPath(Mailbox.await(INVITEE, 2).getJsonObject(1).getString("mimeMessage"));
    InvitationForm form = InvitationForm.open(link);
    assertThat(form.page())
        .as("they have a password: no new one asked")
        .doesNotContain("password\"");
    assertThat(form.accept(null).statusCode()).isEqualTo(302);
    assertThat(
            Api.get("/t/singkawang/api/templates", token(INVITEE, PASSWORD, "singkawang")).status())
        .isEqualTo(200);
  }

  @Test
  @Order(4)
  void badInputIsAClearMessageAndNothingIsWritten() {
    String admin = admin();
    long before = Db.count("select count(*) from t_singkawang.membership");

    assertProblem(
        Api.post(
            MEMBERS, admin, "{\"email\":\"not-an-address\",\"name\":\"X\",\"roles\":[\"viewer\"]}"),
        400,
        "not a valid e-mail address");
    assertProblem(
        Api.post(
            MEMBERS, admin, "{\"email\":\"x1@example.org\",\"name\":\"X\",\"roles\":[\"boss\"]}"),
        400,
        "'boss' is not a role");
    assertProblem(
        Api.post(
            MEMBERS,
            admin,
            "{\"email\":\"x2@example.org\",\"name\":\"X\",\"roles\":[\"viewer\"],\"workUnitId\":\""
                + UUID.randomUUID()
                + "\"}"),
        400,
        "does not exist in this clinic");
    assertProblem(
        Api.post(
            MEMBERS,
            admin,
            "{\"email\":\"" + INVITEE.toUpperCase() + "\",\"name\":\"X\",\"roles\":[\"viewer\"]}"),
        409,
        "already a member");

    assertThat(Db.count("select count(*) from t_singkawang.membership")).isEqualTo(before);
    assertThat(keycloakUsers("x1@example.org")).as("no account left behind").isZero();
  }

  @Test
  @Order(5)
  void theLastClinicAdminCannotStepDown() {
    String admin = admin();
    String own =
        Api.get(MEMBERS + "?q=admin.singkawang", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");

    assertProblem(
        Api.put(MEMBERS + "/" + own, admin, "{\"roles\":[\"viewer\"]}"),
        409,
        "last active clinic admin");
    assertProblem(
        Api.post(MEMBERS + "/" + own + "/deactivate", admin, null),
        409,
        "last active clinic admin");
    assertThat(Api.get("/t/singkawang/api/templates", admin).status()).isEqualTo(200);
  }

  @Test
  @Order(6)
  void aCsvWithBadRowsInvitesNobodyAndNamesEveryLine() {
    String admin = admin();
    long before = Db.count("select count(*) from t_singkawang.membership");

    Api.Reply reply =
        Api.postCsv(
            MEMBERS + "/import",
            admin,
            "email,name,roles\n"
                + "csv.ok@example.org,Oke,viewer\n"
                + "broken,Rusak,viewer\n"
                + "csv.role@example.org,Peran,captain\n");

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("problems").toString())
        .contains("\"line\":3", "\"line\":4", "captain");
    assertThat(Db.count("select count(*) from t_singkawang.membership")).isEqualTo(before);
    assertThat(keycloakUsers("csv.ok@example.org")).as("no account left behind").isZero();

    Api.Reply good =
        Api.postCsv(
            MEMBERS + "/import",
            admin,
            "email;name;roles\ncsv.one@example.org;Satu;viewer\ncsv.two@example.org;Dua;clinic-staff|mentor\n");
    assertThat(good.status()).as(good.body()).isEqualTo(200);
    assertThat(good.json().getInt("invited")).isEqualTo(2);
    assertThat(Api.get(MEMBERS + "?q=csv.&size=5", admin).json().getInt("total")).isEqualTo(2);
  }

  @Test
  @Order(7)
  void staffSeeTheListInnovatorsDoNot() {
    assertThat(
            Api.get("/t/pontianak/api/members", Api.token("staf.pontianak", "pontianak")).status())
        .isEqualTo(200);
    assertThat(
            Api.get("/t/pontianak/api/members", Api.token("inovator.pontianak", "pontianak"))
                .status())
        .isEqualTo(403);
    assertThat(
            Api.post(
                    "/t/pontianak/api/members",
                    Api.token("staf.pontianak", "pontianak"),
                    "{\"email\":\"s@example.org\",\"name\":\"S\",\"roles\":[\"viewer\"]}")
                .status())
        .isEqualTo(403);
  }

  @Test
  @Order(8)
  void anotherTenantsAdminCanNeitherReadNorChangeThisTenantsMembers() {
    JsonObject pontianak =
        Api.get(
                "/t/pontianak/api/members?q=admin.pontianak",
                Api.token("admin.pontianak", "pontianak"))
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    String id = pontianak.getString("id");
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String own = "/t/sumedang/api/members/" + id;

    assertThat(Api.get(own, sumedang).status()).isEqualTo(404);
    assertThat(Api.put(own, sumedang, "{\"roles\":[\"viewer\"]}").status()).isEqualTo(404);
    assertThat(Api.post(own + "/deactivate", sumedang, null).status()).isEqualTo(404);
    assertThat(Api.post(own + "/reinvite", sumedang, null).status()).isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/members?q=pontianak", sumedang).json().getInt("total"))
        .isZero();
    assertThat(Api.get("/t/pontianak/api/members", sumedang).status()).isEqualTo(403);
    assertThat(Api.get("/t/pontianak/api/members/" + id, sumedang).status()).isEqualTo(403);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.membership where username = 'admin.pontianak'"
                    + " and status = 'ACTIVE' and roles = 'CLINIC_ADMIN'"))
        .isEqualTo(1);
  }

  @Test
  @Order(9)
  void theMembersApiIsDescribed() {
    assertThat(Api.get("/openapi", null).body())
        .contains("/t/{slug}/api/members", "/t/{slug}/api/members/{id}/deactivate");
  }

  @Test
  @Order(10)
  void aMemberOfAnotherTenantIsInvitedWithTheirAccountAndJustAccepts() throws Exception {
    String email = "admin.sumedang@klik.example.go.id";
    Api.Reply invited =
        Api.post(
            MEMBERS,
            admin(),
            "{\"email\":\"" + email + "\",\"name\":\"Admin Sumedang\",\"roles\":[\"mentor\"]}");

    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    assertThat(invited.json().getString("username"))
        .as("the existing account, not a new one")
        .isEqualTo("admin.sumedang");
    InvitationForm form = InvitationForm.open(Mailbox.awaitInvitation(email));
    assertThat(form.page()).doesNotContain("invitation:password");
    assertThat(form.accept(null).statusCode()).isEqualTo(302);

    assertThat(
            Api.get("/t/singkawang/api/templates", Api.token("admin.sumedang", "singkawang"))
                .status())
        .isEqualTo(200);
    assertThat(
            Api.get("/t/sumedang/api/work-units", Api.token("admin.sumedang", "sumedang")).status())
        .as("their own tenant is untouched")
        .isEqualTo(200);
  }

  private static void assertProblem(Api.Reply reply, int status, String text) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.body()).contains(text);
  }

  /**
   * Whether another tenant refuses the invitee: Keycloak issues no token for an organization they
   * are not in, or the token it issues does not open the tenant.
   */
  private static boolean refusedIn(String org) {
    Api.Reply r = tokenReply(INVITEE, PASSWORD, org);
    if (r.status() != 200) {
      return true;
    }
    return Api.get("/t/" + org + "/api/work-units", r.json().getString("access_token")).status()
        == 403;
  }

  /** A token for a person with their own password (not the demo one). */
  private static String token(String username, String password, String org) {
    Api.Reply r = tokenReply(username, password, org);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getString("access_token");
  }

  private static Api.Reply tokenReply(String username, String password, String org) {
    String form =
        "grant_type=password&client_id=klik-cli&username="
            + enc(username)
            + "&password="
            + enc(password)
            + "&scope="
            + enc("openid organization:" + org);
    return Api.send(
        HttpRequest.newBuilder(
                URI.create(LocalStack.keycloakUrl() + "/realms/klik/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Whether the account with this address is a member of the tenant's Keycloak organization. */
  private static boolean inOrganization(String alias, String email) {
    String admin = keycloakAdmin();
    String userId =
        ((jakarta.json.JsonArray)
                keycloakGet("/users?exact=true&email=" + enc(email), admin).structure())
            .getJsonObject(0)
            .getString("id");
    String orgId =
        ((jakarta.json.JsonArray)
                keycloakGet("/organizations?briefRepresentation=true&max=1000", admin).structure())
            .stream()
                .map(JsonObject.class::cast)
                .filter(o -> alias.equals(o.getString("alias", "")))
                .findFirst()
                .orElseThrow()
                .getString("id");
    return keycloakGet("/organizations/" + orgId + "/members/" + userId, admin).status() == 200;
  }

  private static Api.Reply keycloakGet(String path, String adminToken) {
    return Api.send(
        HttpRequest.newBuilder(URI.create(LocalStack.keycloakUrl() + "/admin/realms/klik" + path))
            .header("Authorization", "Bearer " + adminToken));
  }

  private static String keycloakAdmin() {
    String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
    Api.Reply admin =
        Api.send(
            HttpRequest.newBuilder(
                    URI.create(
                        LocalStack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(admin.status()).as(admin.body()).isEqualTo(200);
    return admin.json().getString("access_token");
  }

  /** How many Keycloak accounts carry this address (through the admin API, as the realm admin). */
  private static long keycloakUsers(String email) {
    String adminToken = keycloakAdmin();
    Api.Reply users =
        Api.send(
            HttpRequest.newBuilder(
                    URI.create(
                        LocalStack.keycloakUrl()
                            + "/admin/realms/klik/users?exact=true&email="
                            + enc(email)))
                .header("Authorization", "Bearer " + adminToken));
    return ((jakarta.json.JsonArray) users.structure()).size();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
