package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consultations on the packaged WAR: a national mentor publishes availability in their own zone, a
 * team books them, the mentor confirms, both get mail with an .ics that ical4j reads back with the
 * right instant; two confirmations of one slot at once: one 200, one 409, one booking; notes and
 * the mentoring log; another tenant's admin finds none of it.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationsIT {

  static final String API = "/t/pontianak/api/consultations";
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final String INNOVATOR_MAIL = "inovator.pontianak@klik.example.go.id";
  static final String MENTOR_MAIL = "mentor.nasional@klik.example.go.id";

  static String innovator;
  static String mentor;
  static String admin;
  static String teamId;
  static String consultationId;
  static Instant slot;

  /** A day far enough ahead, random per run, so repeated runs on kept data never collide. */
  static LocalDate day;

  @BeforeAll
  static void tokens() {
    innovator = Api.token("inovator.pontianak", "pontianak");
    mentor = Api.token("mentor.nasional", "pontianak");
    admin = Api.token("admin.pontianak", "pontianak");
    JsonObject teams = Api.get("/t/pontianak/api/teams?q=Akcaya", innovator).json();
    teamId = teams.getJsonArray("items").getJsonObject(0).getString("id");
    day = LocalDate.now(WIB).plusDays(30 + ThreadLocalRandom.current().nextInt(2000));
  }

  static Instant at(int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(WIB).toInstant();
  }

  static JsonObject ok(Api.Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json();
  }

  static String request(Instant... preferred) {
    StringBuilder p = new StringBuilder();
    for (Instant i : preferred) {
      p.append(p.length() == 0 ? "" : ",").append('"').append(i).append('"');
    }
    return ok(
            Api.post(
                API,
                innovator,
                "{\"teamId\":\""
                    + teamId
                    + "\",\"topic\":\"Uji coba prototipe\",\"mentor\":\"mentor.nasional\","
                    + "\"preferred\":["
                    + p
                    + "],\"minutes\":60}"),
            201)
        .getString("id");
  }

  @Test
  @Order(1)
  void aNationalMentorPublishesAvailabilityInTheirOwnZone() {
    JsonObject a =
        ok(
            Api.put(
                "/t/pontianak/api/mentors/me/availability",
                mentor,
                "{\"zone\":\"Europe/Amsterdam\",\"weekly\":[{\"day\":\"MONDAY\",\"start\":\"09:00\","
                    + "\"minutes\":60}],\"once\":[]}"),
            200);

    assertThat(a.getString("zone")).isEqualTo("Europe/Amsterdam");
    JsonObject first = a.getJsonArray("slots").getJsonObject(0);
    List<String> zones =
        first.getJsonArray("local").stream()
            .map(JsonObject.class::cast)
            .map(l -> l.getString("zone"))
            .toList();
    assertThat(zones).contains("Europe/Amsterdam", "Asia/Jakarta");
    assertThat(first.getJsonArray("local").getJsonObject(0).getString("start")).endsWith("T09:00");

    JsonArray free =
        Api.get(API + "/free-slots?mentor=mentor.nasional", innovator).structure().asJsonArray();
    assertThat(free).isNotEmpty();

    // overlapping slots are refused, naming the problem
    Api.Reply bad =
        Api.put(
            "/t/pontianak/api/mentors/me/availability",
            mentor,
            "{\"zone\":\"Asia/Jakarta\",\"weekly\":[{\"day\":\"MONDAY\",\"start\":\"09:00\"},"
                + "{\"day\":\"MONDAY\",\"start\":\"09:30\"}]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("weekly[1]").containsIgnoringCase("overlap");
  }

  @Test
  @Order(2)
  void aTeamBooksTheMentorWhoConfirmsAndBothGetAnIcsWithTheRightInstant() throws Exception {
    slot = at(9);
    int innovatorBefore = Mailbox.messages(INNOVATOR_MAIL).size();
    int mentorBefore = Mailbox.messages(MENTOR_MAIL).size();
    consultationId = request(slot, at(11));

    JsonObject confirmed =
        ok(
            Api.post(
                API + "/" + consultationId + "/confirm",
                mentor,
                "{\"slot\":\"" + slot.atZone(WIB).toOffsetDateTime() + "\"}"),
            200);
    assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
    assertThat(Instant.parse(confirmed.getString("startsAt"))).isEqualTo(slot);

    for (String address : List.of(INNOVATOR_MAIL, MENTOR_MAIL)) {
      int before = address.equals(INNOVATOR_MAIL) ? innovatorBefore : mentorBefore;
      // the request's notice, then the confirmation with its .ics
      JsonArray inbox = Mailbox.await(address, before + 2);
      String mime = null;
      for (int i = inbox.size() - 1; i >= 0 && mime == null; i--) {
        String m = inbox.getJsonObject(i).getString("mimeMessage");
        if (m.contains("text/calendar")) {
          mime = m;
        }
      }
      assertThat(mime).as("confirmation mail to " + address).isNotNull();
      assertThat(IcsMail.contentType(mime)).contains("method=REQUEST");
      Calendar calendar = IcsMail.calendar(mime);
      VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
      assertThat(event.getProperty("UID").map(Property::getValue))
          .contains("consultation-" + consultationId + "@klik");
      // read as calendar apps do: the local time in its TZID (ical4j's own conversion through the
      // VTIMEZONE is 30 minutes off for Asia/Jakarta, see IcsTest)
      Property start = event.getProperty("DTSTART").orElseThrow();
      Instant instant =
          java.time.LocalDateTime.parse(
                  start.getValue(),
                  java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
              .atZone(ZoneId.of(start.getParameter("TZID").orElseThrow().getValue()))
              .toInstant();
      assertThat(instant).isEqualTo(slot);
    }
  }

  @Test
  @Order(3)
  void twoConfirmationsOfOneSlotAtOnceOneWinsTheOtherGets409() throws Exception {
    Instant contested = at(14);
    String a = request(contested);
    String b = request(contested);
    String body = "{\"slot\":\"" + contested + "\"}";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> first = () -> Api.post(API + "/" + a + "/confirm", mentor, body).status();
      Callable<Integer> second = () -> Api.post(API + "/" + b + "/confirm", mentor, body).status();
      Future<Integer> f1 = pool.submit(first);
      Future<Integer> f2 = pool.submit(second);
      assertThat(List.of(f1.get(), f2.get())).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdown();
    }
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.consultation where mentor_username ="
                    + " 'mentor.nasional' and status = 'CONFIRMED' and starts_at = ?",
                java.sql.Timestamp.from(contested)))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from platform.national_mentor_booking where username ="
                    + " 'mentor.nasional' and starts_at = ?",
                java.sql.Timestamp.from(contested)))
        .isEqualTo(1);

    // one consultation confirmed twice at once: one 200, one 409
    Instant other = at(16);
    String c = request(other);
    String otherBody = "{\"slot\":\"" + other + "\"}";
    ExecutorService pool2 = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> g1 =
          pool2.submit(() -> Api.post(API + "/" + c + "/confirm", mentor, otherBody).status());
      Future<Integer> g2 =
          pool2.submit(() -> Api.post(API + "/" + c + "/confirm", admin, otherBody).status());
      assertThat(List.of(g1.get(), g2.get())).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool2.shutdown();
    }
  }

  @Test
  @Order(4)
  void theConfirmedConsultationDownloadsAsIcs() {
    Api.Reply r = Api.get(API + "/" + consultationId + "/calendar.ics", innovator);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .contains("BEGIN:VCALENDAR", "consultation-" + consultationId + "@klik", "Asia/Jakarta");
  }

  @Test
  @Order(5)
  void theMentorWritesNotesThatTheMentoringLogAndWorkloadShow() {
    JsonObject after =
        ok(
            Api.post(
                API + "/" + consultationId + "/notes",
                mentor,
                "{\"notes\":\"Prototipe diuji dengan 5 warga\",\"followUp\":\"Konsultasi lagi"
                    + " setelah uji coba\",\"actionItems\":[{\"text\":\"Perbaiki formulir\","
                    + "\"owner\":\"Inovator Pontianak\",\"due\":\""
                    + day.plusDays(7)
                    + "\"}]}"),
            200);
    assertThat(after.getString("notes")).isEqualTo("Prototipe diuji dengan 5 warga");
    assertThat(after.getJsonArray("actionItems")).hasSize(1);

    // the team may not write the mentor's notes
    assertThat(
            Api.post(API + "/" + consultationId + "/notes", innovator, "{\"notes\":\"x\"}")
                .status())
        .isEqualTo(403);

    JsonArray log =
        Api.get("/t/pontianak/api/mentoring-log/" + teamId, innovator).structure().asJsonArray();
    assertThat(log.toString()).contains("Prototipe diuji dengan 5 warga", "Perbaiki formulir");

    JsonArray workload = Api.get("/t/pontianak/api/workload", admin).structure().asJsonArray();
    JsonObject national =
        workload.stream()
            .map(JsonObject.class::cast)
            .filter(w -> w.getString("mentor").equals("mentor.nasional"))
            .findFirst()
            .orElseThrow();
    assertThat(national.getInt("sessions")).isGreaterThanOrEqualTo(1);
    assertThat(national.getInt("openActionItems")).isGreaterThanOrEqualTo(1);
    assertThat(workload.toString()).contains("mentor.ibt");
    assertThat(Api.get("/t/pontianak/api/workload", innovator).status()).isEqualTo(403);
  }

  @Test
  @Order(6)
  void someoneOutsideTheConsultationFindsNothing() {
    String localMentor = Api.token("mentor.ibt", "pontianak");
    assertThat(Api.get(API + "/" + consultationId, localMentor).status()).isEqualTo(404);
    assertThat(Api.get(API, localMentor).body()).doesNotContain(consultationId);
    assertThat(Api.post(API + "/" + consultationId + "/cancel", localMentor, "{}").status())
        .isEqualTo(404);
  }

  @Test
  @Order(7)
  void anotherTenantsAdminFindsNoneOfPontianaksConsultations() {
    String other = Api.token("admin.singkawang", "singkawang");
    String base = "/t/singkawang/api/consultations/" + consultationId;

    assertThat(Api.get(base, other).status()).isEqualTo(404);
    assertThat(Api.get(base + "/calendar.ics", other).status()).isEqualTo(404);
    assertThat(Api.post(base + "/notes", other, "{\"notes\":\"x\"}").status()).isEqualTo(404);
    assertThat(Api.post(base + "/confirm", other, "{\"slot\":\"" + at(10) + "\"}").status())
        .isEqualTo(404);
    assertThat(Api.post(base + "/cancel", other, "{}").status()).isEqualTo(404);
    assertThat(Api.get("/t/singkawang/api/consultations", other).body())
        .doesNotContain(consultationId);
    assertThat(Api.get("/t/singkawang/api/mentoring-log/" + teamId, other).status()).isEqualTo(404);
    // Pontianak's local mentor and their availability do not exist in Singkawang
    assertThat(
            Api.get("/t/singkawang/api/consultations/free-slots?mentor=mentor.ibt", other).status())
        .isEqualTo(404);
    assertThat(Api.get("/t/singkawang/api/mentors/me/availability", other).status()).isEqualTo(403);
    // and the Pontianak consultation is unchanged
    assertThat(Api.get(API + "/" + consultationId, admin).json().getString("notes"))
        .isEqualTo("Prototipe diuji dengan 5 warga");
  }

  @Test
  @Order(8)
  void pontianaksDemoConsultationsAreSeededWithBothMentors() {
    JsonArray all = Json.createReader(new StringReader(Api.get(API, admin).body())).readArray();
    List<JsonObject> demo =
        all.stream().map(JsonObject.class::cast).filter(c -> c.getBoolean("demo")).toList();
    assertThat(demo)
        .extracting(c -> c.getString("mentor"))
        .contains("mentor.nasional", "mentor.ibt");
    assertThat(demo).allMatch(c -> c.getString("status").equals("CONFIRMED"));
  }

  @Test
  @Order(9)
  void cancellingMailsACancellationAndFreesTheSlot() throws Exception {
    int before = Mailbox.messages(INNOVATOR_MAIL).size();
    JsonObject cancelled =
        ok(Api.post(API + "/" + consultationId + "/cancel", innovator, "{}"), 200);
    assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    // the cancellation of this consultation, whatever else the outbox sends meanwhile
    String uid = "consultation-" + consultationId + "@klik";
    String mime = null;
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (mime == null && System.nanoTime() < deadline) {
      JsonArray inbox = Mailbox.await(INNOVATOR_MAIL, before + 1);
      for (int i = inbox.size() - 1; i >= before && mime == null; i--) {
        String m = inbox.getJsonObject(i).getString("mimeMessage");
        if (m.toLowerCase(java.util.Locale.ROOT).contains("content-type: text/calendar")
            && IcsMail.contentType(m).contains("method=CANCEL")
            && IcsMail.calendar(m).getComponents("VEVENT").stream()
                .anyMatch(
                    e -> e.getProperty("UID").map(Property::getValue).orElse("").equals(uid))) {
          mime = m;
        }
      }
      if (mime == null) {
        Thread.sleep(500);
      }
    }
    assertThat(mime).as("cancellation mail with " + uid).isNotNull();
    assertThat(IcsMail.contentType(mime)).contains("method=CANCEL");
    assertThat(
            Db.count(
                "select count(*) from platform.national_mentor_booking where consultation_id ="
                    + " ?::uuid",
                consultationId))
        .isZero();
  }
}
