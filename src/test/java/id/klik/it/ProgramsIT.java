package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
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
 * Programs on the packaged WAR: an academy from Pontianak's blueprint, two teams enrolled,
 * attendance, a moved session mailed to the enrolled with an .ics (same UID, higher SEQUENCE, the
 * right instant), a cancellation; and another tenant's admin sees and changes none of it.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramsIT {

  private static final String PROGRAMS = "/t/pontianak/api/programs";
  private static final String ACADEMY = "pontianak-innovators-academy@2024.1";
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final String INNOVATOR_MAIL = "inovator.pontianak@klik.example.go.id";

  private static String admin;
  private static String programId;
  private static String akcayaId;
  private static String secondTeamId;
  private static String innovatorId;
  private static String staffId;
  private static String materialId;

  @BeforeAll
  static void tokens() {
    admin = Api.token("admin.pontianak", "pontianak");
  }

  private static JsonObject ok(Api.Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json();
  }

  private static JsonArray sessions(JsonObject program) {
    return program.getJsonArray("sessions");
  }

  private static List<JsonObject> meetings(JsonObject program) {
    return sessions(program).stream()
        .map(JsonObject.class::cast)
        .filter(s -> s.getString("kind").equals("SESSION"))
        .toList();
  }

  @Test
  @Order(1)
  void theBlueprintsAreTheActiveClinicTemplatesPrograms() {
    Api.Reply r = Api.get(PROGRAMS + "/blueprints", admin);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains(
            ACADEMY,
            "pontianak-coaching-clinic@2024.1",
            "pontianak-ai-proposal-workshop@2025.1",
            "pontianak-city-competition@2024.1");
  }

  @Test
  @Order(2)
  void anAdminStartsAnAcademyFromTheBlueprintWithItsProposedSessions() {
    LocalDate start = LocalDate.now(WIB).minusDays(35);
    JsonObject program =
        ok(
            Api.post(
                PROGRAMS,
                admin,
                "{\"blueprint\":\""
                    + ACADEMY
                    + "\",\"title\":\"PIA IT "
                    + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"start\":\""
                    + start
                    + "\"}"),
            201);
    programId = program.getString("id");

    assertThat(program.getString("state")).isEqualTo("PLANNED");
    assertThat(program.getString("blueprint")).isEqualTo(ACADEMY);
    assertThat(sessions(program)).hasSize(5);
    List<JsonObject> meetings = meetings(program);
    assertThat(meetings).hasSize(3);
    OffsetDateTime first = OffsetDateTime.parse(meetings.get(0).getString("start"));
    assertThat(first.getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    assertThat(first.getHour()).isEqualTo(9);
    assertThat(OffsetDateTime.parse(meetings.get(1).getString("start")))
        .isAfter(first.plusDays(27));
  }

  @Test
  @Order(3)
  void twoTeamsAreEnrolledByInvitation() {
    JsonObject akcaya =
        Api.get("/t/pontianak/api/teams?q=Akcaya", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    akcayaId = akcaya.getString("id");
    innovatorId = akcaya.getJsonArray("members").getJsonObject(0).getString("memberId");
    staffId =
        Api.get("/t/pontianak/api/members?q=staf.pontianak", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    String unit =
        Api.get("/t/pontianak/api/work-units?q=KEL-BANSIR-DARAT", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    secondTeamId =
        ok(
                Api.post(
                    "/t/pontianak/api/teams",
                    admin,
                    "{\"name\":\"Tim Program IT "
                        + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"workUnitId\":\""
                        + unit
                        + "\",\"members\":[{\"memberId\":\""
                        + staffId
                        + "\",\"leader\":true}]}"),
                201)
            .getString("id");

    ok(
        Api.post(
            PROGRAMS + "/" + programId + "/enrolments", admin, "{\"teamId\":\"" + akcayaId + "\"}"),
        200);
    JsonObject program =
        ok(
            Api.post(
                PROGRAMS + "/" + programId + "/enrolments",
                admin,
                "{\"teamId\":\"" + secondTeamId + "\"}"),
            200);

    assertThat(program.getJsonArray("teams")).hasSize(2);
    assertThat(program.getJsonArray("teams").getJsonObject(0).getString("via"))
        .isEqualTo("INVITATION");
  }

  @Test
  @Order(4)
  void attendanceIsRecordedOnceTheProgramRuns() {
    JsonObject program = ok(Api.get(PROGRAMS + "/" + programId, admin), 200);
    String first = meetings(program).get(0).getString("id");
    String marks =
        "{\"marks\":[{\"membershipId\":\""
            + innovatorId
            + "\",\"present\":true},{\"membershipId\":\""
            + staffId
            + "\",\"present\":false}]}";
    String path = PROGRAMS + "/" + programId + "/sessions/" + first + "/attendance";

    assertThat(Api.put(path, admin, marks).status()).isEqualTo(409); // planned: not running yet
    ok(Api.put(PROGRAMS + "/" + programId, admin, "{\"state\":\"RUNNING\"}"), 200);
    JsonObject after = ok(Api.put(path, admin, marks), 200);

    JsonObject akcaya = team(after, akcayaId);
    assertThat(akcaya.getInt("attended")).isEqualTo(1);
    assertThat(akcaya.getInt("required")).isEqualTo(2);
    assertThat(akcaya.getString("completion")).isEqualTo("IN_PROGRESS");
    assertThat(team(after, secondTeamId).getInt("attended")).isZero();
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.program_attendance where session_id = ?::uuid",
                first))
        .isEqualTo(2);
  }

  @Test
  @Order(5)
  void someoneOfNoEnrolledTeamIsRefusedOnTheSheet() {
    JsonObject program = ok(Api.get(PROGRAMS + "/" + programId, admin), 200);
    String first = meetings(program).get(0).getString("id");

    Api.Reply r =
        Api.put(
            PROGRAMS + "/" + programId + "/sessions/" + first + "/attendance",
            admin,
            "{\"marks\":[{\"membershipId\":\"" + UUID.randomUUID() + "\",\"present\":true}]}");

    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  @Order(6)
  void movingASessionMailsTheEnrolledAnUpdateWithTheSameUidAndAHigherSequence() throws Exception {
    JsonObject program = ok(Api.get(PROGRAMS + "/" + programId, admin), 200);
    JsonObject third = meetings(program).get(2);
    long before = third.getJsonNumber("sequence").longValue();
    LocalDateTime newStart =
        OffsetDateTime.parse(third.getString("start")).toLocalDateTime().plusDays(1).withHour(13);
    int mailsBefore = Mailbox.messages(INNOVATOR_MAIL).size();

    JsonObject moved =
        ok(
            Api.put(
                PROGRAMS + "/" + programId + "/sessions/" + third.getString("id"),
                admin,
                "{\"title\":\"Pertemuan utama 3\",\"start\":\""
                    + newStart
                    + "\",\"end\":\""
                    + newStart.plusHours(3)
                    + "\",\"location\":\"Aula Bappeda\"}"),
            200);
    JsonObject after = meetings(moved).get(2);
    assertThat(after.getJsonNumber("sequence").longValue()).isGreaterThan(before);

    JsonArray inbox = Mailbox.await(INNOVATOR_MAIL, mailsBefore + 1);
    String mime = inbox.getJsonObject(inbox.size() - 1).getString("mimeMessage");
    assertThat(IcsMail.contentType(mime)).contains("method=REQUEST");
    Calendar calendar = IcsMail.calendar(mime);
    VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
    assertThat(event.getProperty("UID").map(Property::getValue))
        .contains("program-session-" + third.getString("id") + "@klik");
    assertThat(Long.parseLong(event.getProperty("SEQUENCE").map(Property::getValue).orElseThrow()))
        .isEqualTo(after.getJsonNumber("sequence").longValue());
    Property dtStart = event.getProperty("DTSTART").orElseThrow();
    assertThat(dtStart.getParameter("TZID").map(p -> p.getValue())).contains("Asia/Jakarta");
    assertThat(
            LocalDateTime.parse(
                    dtStart.getValue(), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                .atZone(WIB)
                .toInstant())
        .isEqualTo(newStart.atZone(WIB).toInstant());
    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
  }

  @Test
  @Order(7)
  void cancellingASessionMailsACancellation() throws Exception {
    JsonObject program = ok(Api.get(PROGRAMS + "/" + programId, admin), 200);
    JsonObject third = meetings(program).get(2);
    int mailsBefore = Mailbox.messages(INNOVATOR_MAIL).size();

    JsonObject after =
        ok(
            Api.post(
                PROGRAMS + "/" + programId + "/sessions/" + third.getString("id") + "/cancel",
                admin,
                "{}"),
            200);
    assertThat(meetings(after).get(2).getBoolean("cancelled")).isTrue();

    JsonArray inbox = Mailbox.await(INNOVATOR_MAIL, mailsBefore + 1);
    String mime = inbox.getJsonObject(inbox.size() - 1).getString("mimeMessage");
    assertThat(IcsMail.contentType(mime)).contains("method=CANCEL");
    Calendar calendar = IcsMail.calendar(mime);
    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
  }

  @Test
  @Order(8)
  void theProgramsCalendarIsAnIcsOfItsSessions() throws Exception {
    Api.Reply r = Api.get(PROGRAMS + "/" + programId + "/calendar.ics", admin);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "TZID:Asia/Jakarta");
    assertThat(r.body().split("BEGIN:VEVENT", -1)).hasSize(4);
  }

  @Test
  @Order(9)
  void theDemoAcademyCohortIsSeededWithPastAttendance() {
    Api.Reply list = Api.get(PROGRAMS, admin);
    assertThat(list.status()).isEqualTo(200);
    List<JsonObject> demo =
        Json.createReader(new StringReader(list.body())).readArray().stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getBoolean("demo"))
            .toList();

    assertThat(demo)
        .extracting(p -> p.getString("title"))
        .contains("Pontianak Innovators Academy 2026");
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.program_attendance a"
                    + " join t_pontianak.program_session s on s.id = a.session_id"
                    + " join t_pontianak.program p on p.id = s.program_id where p.demo"))
        .isPositive();
  }

  @Test
  @Order(9)
  void aMaterialIsUploadedForASessionAndDownloadedAsItWas() throws Exception {
    JsonObject program = ok(Api.get(PROGRAMS + "/" + programId, admin), 200);
    String first = meetings(program).get(0).getString("id");
    byte[] pdf = EvidenceIT.pdf("Lembar kerja empati");
    String path = PROGRAMS + "/" + programId + "/materials";

    Api.Reply stored =
        EvidenceIT.upload(
            path,
            admin,
            "Lembar kerja.pdf",
            pdf,
            "title",
            "Lembar kerja empati",
            "sessionId",
            first);
    JsonObject material =
        ok(stored, 201).getJsonArray("materials").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("title").equals("Lembar kerja empati"))
            .findFirst()
            .orElseThrow();
    materialId = material.getString("id");
    HttpResponse<byte[]> file = EvidenceIT.download(path + "/" + materialId, admin);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(pdf);

    // no file part, an unknown session, a type that is no document: 400, 400, 415, nothing stored
    long before = Db.count("select count(*) from t_pontianak.program_material");
    assertThat(EvidenceIT.upload(path, admin, null, null, "title", "tanpa berkas").status())
        .isEqualTo(400);
    assertThat(
            EvidenceIT.upload(path, admin, "a.pdf", pdf, "sessionId", UUID.randomUUID().toString())
                .status())
        .isEqualTo(400);
    assertThat(
            EvidenceIT.upload(
                    path,
                    admin,
                    "skrip.sh",
                    "#!/bin/sh\necho hai\n".getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(415);
    String innovator = Api.token("inovator.pontianak", "pontianak");
    assertThat(EvidenceIT.upload(path, innovator, "b.pdf", EvidenceIT.pdf("b")).status())
        .isEqualTo(403);
    assertThat(Db.count("select count(*) from t_pontianak.program_material")).isEqualTo(before);
  }

  @Test
  @Order(10)
  void anotherTenantsAdminNeitherSeesNorChangesPontianaksProgram() {
    String other = Api.token("admin.singkawang", "singkawang");
    String base = "/t/singkawang/api/programs/" + programId;
    JsonObject program = ok(Api.get(PROGRAMS + "/" + programId, admin), 200);
    String first = meetings(program).get(0).getString("id");

    // Singkawang has the programs module: the 404s below are the isolation, not a closed module
    assertThat(Api.get("/t/singkawang/api/programs", other).status()).isEqualTo(200);
    assertThat(Api.get(base, other).status()).isEqualTo(404);
    assertThat(Api.get(base + "/calendar.ics", other).status()).isEqualTo(404);
    assertThat(Api.put(base, other, "{\"state\":\"CLOSED\"}").status()).isEqualTo(404);
    assertThat(Api.post(base + "/enrolments", other, "{\"teamId\":\"" + akcayaId + "\"}").status())
        .isEqualTo(404);
    assertThat(
            Api.put(
                    base + "/sessions/" + first + "/attendance",
                    other,
                    "{\"marks\":[{\"membershipId\":\"" + innovatorId + "\",\"present\":false}]}")
                .status())
        .isEqualTo(404);
    assertThat(Api.get(base + "/materials/" + materialId, other).status()).isEqualTo(404);
    assertThat(EvidenceIT.upload(base + "/materials", other, "c.pdf", EvidenceIT.pdf("c")).status())
        .isEqualTo(404);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.program_material where program_id = ?::uuid",
                programId))
        .isEqualTo(1);
    assertThat(Api.get("/t/singkawang/api/programs", other).body()).doesNotContain(programId);
    assertThat(Api.get(PROGRAMS + "/" + programId, other).status()).isEqualTo(403);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.program_attendance where session_id = ?::uuid"
                    + " and present",
                first))
        .isEqualTo(1);
  }

  @Test
  @Order(11)
  void anInnovatorReadsButCannotRecordAttendance() {
    String innovator = Api.token("inovator.pontianak", "pontianak");
    JsonObject program = ok(Api.get(PROGRAMS + "/" + programId, innovator), 200);
    String first = meetings(program).get(0).getString("id");

    assertThat(
            Api.put(
                    PROGRAMS + "/" + programId + "/sessions/" + first + "/attendance",
                    innovator,
                    "{\"marks\":[]}")
                .status())
        .isEqualTo(403);
  }

  private static JsonObject team(JsonObject program, String teamId) {
    return program.getJsonArray("teams").stream()
        .map(JsonObject.class::cast)
        .filter(t -> t.getString("teamId").equals(teamId))
        .findFirst()
        .orElseThrow();
  }
}
