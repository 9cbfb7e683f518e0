package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The personal feed {@code /calendar/<secret>.ics}: no login, only the person's own events (the
 * sessions of programs their teams are in), a new secret ends the old one, and after revocation the
 * URL answers 404.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarFeedIT {

  private static final String FEED = "/t/pontianak/api/calendar/feed";

  private static String admin;
  private static String innovator;
  private static String enrolledProgram;
  private static String otherProgram;
  private static String feedPath;

  @BeforeAll
  static void twoProgramsOneWithTheInnovatorsTeam() {
    admin = Api.token("admin.pontianak", "pontianak");
    innovator = Api.token("inovator.pontianak", "pontianak");
    enrolledProgram = program("Feed IT enrolled");
    otherProgram = program("Feed IT other");
    String akcaya =
        Api.get("/t/pontianak/api/teams?q=Akcaya", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Api.Reply r =
        Api.post(
            "/t/pontianak/api/programs/" + enrolledProgram + "/enrolments",
            admin,
            "{\"teamId\":\"" + akcaya + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  private static String program(String title) {
    LocalDate start = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(10);
    Api.Reply r =
        Api.post(
            "/t/pontianak/api/programs",
            admin,
            "{\"blueprint\":\"pontianak-coaching-clinic@2024.1\",\"title\":\""
                + title
                + " "
                + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"start\":\""
                + start
                + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().getString("id");
  }

  private static String firstSessionUid(String programId) {
    JsonObject p = Api.get("/t/pontianak/api/programs/" + programId, admin).json();
    return "program-session-"
        + p.getJsonArray("sessions").getJsonObject(0).getString("id")
        + "@klik";
  }

  private static String path(String url) {
    return url.substring(url.indexOf("/calendar/"));
  }

  @Test
  @Order(1)
  void aPersonMakesAFeedAndItServesTheirEventsOnlyWithoutALogin() {
    Api.Reply made = Api.post(FEED, innovator, "{}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    feedPath = path(made.json().getString("url"));
    assertThat(feedPath).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");

    Api.Reply feed = Api.get(feedPath, null);

    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.body().replace("\r\n ", ""))
        .contains("METHOD:PUBLISH", firstSessionUid(enrolledProgram))
        .doesNotContain(firstSessionUid(otherProgram));
    assertThat(Api.get(FEED, innovator).json().getBoolean("active")).isTrue();
  }

  @Test
  @Order(2)
  void theClinicCalendarHasEveryProgramsSessions() {
    Api.Reply clinic = Api.get("/t/pontianak/api/calendar/clinic.ics", admin);

    assertThat(clinic.status()).isEqualTo(200);
    assertThat(clinic.body().replace("\r\n ", ""))
        .contains(firstSessionUid(enrolledProgram), firstSessionUid(otherProgram));
  }

  @Test
  @Order(3)
  void anotherTenantsPersonsFeedHasNoneOfPontianaksEvents() {
    String other = Api.token("admin.singkawang", "singkawang");
    Api.Reply made = Api.post("/t/singkawang/api/calendar/feed", other, "{}");
    assertThat(made.status()).as(made.body()).isEqualTo(201);

    Api.Reply feed = Api.get(path(made.json().getString("url")), null);

    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.body().replace("\r\n ", ""))
        .doesNotContain(firstSessionUid(enrolledProgram), firstSessionUid(otherProgram));
    assertThat(Api.get("/t/singkawang/api/calendar/clinic.ics", other).body())
        .doesNotContain("program-session-");
  }

  @Test
  @Order(4)
  void aNewAddressEndsTheOldOne() {
    Api.Reply made = Api.post(FEED, innovator, "{}");
    String newPath = path(made.json().getString("url"));

    assertThat(Api.get(feedPath, null).status()).isEqualTo(404);
    assertThat(Api.get(newPath, null).status()).isEqualTo(200);
    feedPath = newPath;
  }

  @Test
  @Order(5)
  void afterRevocationTheFeedAnswers404() {
    assertThat(Api.send(Api.request(FEED, innovator).DELETE()).status()).isEqualTo(204);

    assertThat(Api.get(feedPath, null).status()).isEqualTo(404);
    assertThat(Api.get(FEED, innovator).json().getBoolean("active")).isFalse();
    assertThat(
            Db.count(
                "select count(*) from platform.calendar_feed where username = ?"
                    + " and revoked_at is null",
                "inovator.pontianak"))
        .isZero();
  }

  @Test
  @Order(6)
  void aMadeUpSecretAnswers404() {
    assertThat(Api.get("/calendar/" + "A".repeat(43) + ".ics", null).status()).isEqualTo(404);
    assertThat(Api.get("/calendar/nothing.ics", null).status()).isEqualTo(404);
  }
}
