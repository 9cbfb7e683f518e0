package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A caller's mistake is answered with a JSON 400, 404 or 409 that says what is wrong, never a 500
 * or a server's HTML page. Each test sweeps one class of mistake over every endpoint it applies to
 * (read from the OpenAPI document), not only the example that was reported.
 */
@ExtendWith(LocalStack.class)
class BadInputIT {

  private static final String UNITS = "/t/pontianak/api/work-units";
  private static final String DRAFTS = "/t/pontianak/api/templates/drafts";

  private static String admin() {
    return Api.token("admin.pontianak", "pontianak");
  }

  /** An operation of the API as OpenAPI lists it. */
  private record Operation(String method, String path, List<String> consumes) {
    boolean takesJson() {
      return consumes.contains("application/json");
    }

    String bodyType() {
      return consumes.isEmpty() ? "application/json" : consumes.get(0);
    }

    String url(String id) {
      // a year is a number: anything else does not match the resource (404 before the body)
      return path.replace("{slug}", "pontianak")
          .replace("{year}", "2099")
          .replaceAll("\\{[^}]+}", id);
    }

    String token(String tenantAdmin, String platformAdmin) {
      return path.startsWith("/api/platform") ? platformAdmin : tenantAdmin;
    }
  }

  private static List<Operation> operations() {
    Api.Reply doc = Api.send(Api.request("/openapi", null).header("Accept", "application/json"));
    assertThat(doc.status()).isEqualTo(200);
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : doc.json().getJsonObject("paths").entrySet()) {
      if (path.getKey().contains("/bench/")) {
        continue; // a measuring baseline, not part of the product's API
      }
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        String method = op.getKey().toUpperCase();
        if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
          continue;
        }
        JsonObject body = op.getValue().asJsonObject().getJsonObject("requestBody");
        List<String> consumes =
            body == null || body.getJsonObject("content") == null
                ? List.of()
                : List.copyOf(body.getJsonObject("content").keySet());
        operations.add(new Operation(method, path.getKey(), consumes));
      }
    }
    assertThat(operations).hasSizeGreaterThan(20);
    return operations;
  }

  private static Api.Reply call(Operation op, String token, String id, String type, String body) {
    HttpRequest.Builder request = Api.request(op.url(id), token);
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    if (body != null) {
      request.header("Content-Type", type);
    }
    return Api.send(request.method(op.method(), publisher));
  }

  /** Every error is JSON in the shape of ErrorDto and carries the request id. */
  private static void assertJsonError(Api.Reply reply, String what) {
    assertThat(reply.status()).as(what + " -> " + reply.body()).isBetween(400, 499);
    JsonObject error = reply.json();
    assertThat(error.getInt("status")).as(what).isEqualTo(reply.status());
    assertThat(error.getString("message")).as(what).isNotBlank();
    assertThat(error.getString("requestId")).as(what).isNotBlank().isNotEqualTo("-");
    assertThat(error.containsKey("problems")).as(what).isTrue();
    assertThat(reply.body()).as(what).doesNotContain("Exception", "org.", "java.");
  }

  @Test
  void malformedOrMistypedJsonOnEveryJsonEndpointIs400() {
    String tenant = admin();
    String platform = Api.token("platform.admin", null);
    List<Operation> json = operations().stream().filter(Operation::takesJson).toList();
    assertThat(json).extracting(Operation::path).contains("/t/{slug}/api/work-units");

    for (Operation op : json) {
      String token = op.token(tenant, platform);
      String id = UUID.randomUUID().toString();
      for (String body : List.of("{", "{\"code\": ", "[1,2]", "\"text\"", "{\"a\":1}}")) {
        Api.Reply reply = call(op, token, id, "application/json", body);
        assertJsonError(reply, op.method() + " " + op.path() + " with " + body);
        assertThat(reply.status()).as(op.path() + " " + body).isEqualTo(400);
      }
    }
  }

  @Test
  void wrongJsonTypesAre400AndNameTheField() {
    String token = admin();
    Api.Reply badUuid =
        Api.post(UNITS, token, "{\"code\":\"T-1\",\"name\":\"X\",\"kind\":\"OPD\",\"parentId\":7}");
    Api.Reply badMove =
        Api.post(UNITS + "/" + UUID.randomUUID() + "/move", token, "{\"parentId\":\"nope\"}");
    Api.Reply objectForText =
        Api.post(UNITS, token, "{\"code\":{\"a\":1},\"name\":\"X\",\"kind\":\"OPD\"}");

    for (Api.Reply reply : List.of(badUuid, badMove, objectForText)) {
      assertJsonError(reply, reply.body());
      assertThat(reply.status()).isEqualTo(400);
    }
    assertThat(objectForText.json().getJsonArray("problems").getJsonObject(0).getString("field"))
        .isEqualTo("code");
  }

  @Test
  void aMalformedIdInEveryPathIs400Or404() {
    String tenant = admin();
    String platform = Api.token("platform.admin", null);
    for (Operation op : operations()) {
      if (!op.path().matches(".*\\{(?!slug)[^}]+}.*")) {
        continue;
      }
      String type = op.bodyType();
      String body =
          op.consumes().isEmpty() ? null : type.contains("json") ? "{}" : "kind: rubric\n";
      for (String id :
          List.of("not-a-uuid", "123", "%20", "00000000-0000-0000-0000-00000000000g")) {
        Api.Reply reply = call(op, op.token(tenant, platform), id, type, body);
        String what = op.method() + " " + op.url(id);
        assertJsonError(reply, what);
        assertThat(reply.status()).as(what).isIn(400, 404);
      }
    }
  }

  @Test
  void pageAndSizeOutOfRangeAreClampedOrRefusedNever500() {
    String token = admin();
    for (String query :
        List.of(
            "page=2147483647",
            "page=2147483647&size=200",
            "page=-1",
            "size=-5",
            "size=0",
            "size=99999999999",
            "page=abc",
            "size=1e3",
            "page=99999999999999999999")) {
      Api.Reply reply = Api.get(UNITS + "?" + query, token);
      if (reply.status() == 200) {
        assertThat(reply.json().getInt("size")).as(query).isBetween(1, 200);
        assertThat(reply.json().getInt("page")).as(query).isNotNegative();
      } else {
        assertJsonError(reply, query);
        assertThat(reply.status()).as(query).isEqualTo(400);
      }
    }
    Api.Reply text = Api.get(UNITS + "?page=abc", token);
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.body()).contains("page");
    Api.Reply parent = Api.get(UNITS + "?parentId=nope", token);
    assertThat(parent.status()).isEqualTo(400);
    assertThat(parent.body()).contains("parentId");
  }

  @Test
  void aJsonBodyTooLargeOrTooDeepIsRefusedBeforeAnyoneReadsIt() {
    String token = admin();
    String huge = "{\"code\":\"BIG\",\"kind\":\"OPD\",\"name\":\"" + "x".repeat(2 << 20) + "\"}";
    Api.Reply tooLarge = Api.post(UNITS, token, huge);
    assertJsonError(tooLarge, "2 MiB body");
    assertThat(tooLarge.status()).isEqualTo(413);

    String deep =
        "{\"code\":\"DEEP\",\"kind\":\"OPD\",\"name\":\"D\",\"x\":"
            + "[".repeat(5000)
            + "]".repeat(5000)
            + "}";
    Api.Reply tooDeep = Api.post(UNITS, token, deep);
    assertJsonError(tooDeep, "5000 levels");
    assertThat(tooDeep.status()).isEqualTo(400);
    assertThat(Api.get(UNITS + "?q=DEEP", token).body()).doesNotContain("\"DEEP\"");
  }

  @Test
  void missingRequiredFieldsAre400WithTheFieldNamed() {
    String token = admin();
    Map<String, String> bodies =
        Map.of(
            "kind", "{\"code\":\"NO-KIND\",\"name\":\"Tanpa jenis\"}",
            "name", "{\"code\":\"NO-NAME\",\"kind\":\"OPD\"}",
            "code", "{\"name\":\"Tanpa kode\",\"kind\":\"OPD\"}");
    bodies.forEach(
        (field, body) -> {
          Api.Reply reply = Api.post(UNITS, token, body);
          assertJsonError(reply, body);
          assertThat(reply.status()).isEqualTo(400);
          assertThat(reply.json().getJsonArray("problems").getValuesAs(JsonObject.class))
              .extracting(p -> p.getString("field"))
              .contains(field);
        });
    Api.Reply adopt = Api.post("/t/pontianak/api/templates/adopted", token, "{}");
    assertJsonError(adopt, "adopt {}");
    assertThat(adopt.status()).isEqualTo(400);
    assertThat(Api.post(UNITS, token, "").status()).isEqualTo(400);
  }

  @Test
  void brokenCsvIs400WithLineNumbersAndNoLibraryText() {
    String token = admin();
    Map<String, Integer> lineOfProblem =
        Map.of(
            "code,name,kind\nCSV-M1,Unit tanpa jenis\n", 2,
            "code,name,kind\nCSV-M2,Unit,OPD\nCSV-M3\n", 3,
            "code,name,kind\nCSV-Q1,\"Unit tak tertutup,OPD\nCSV-Q2,Unit,OPD\n", 2,
            "code,name,kind\nCSV-Q3,\"Unit\" y,OPD\n", 2,
            "code,name\nCSV-H1,Unit\n", 1);
    lineOfProblem.forEach(
        (csv, line) -> {
          Api.Reply reply = Api.postCsv(UNITS + "/import", token, csv);
          assertJsonError(reply, csv);
          assertThat(reply.status()).as(csv).isEqualTo(400);
          assertThat(reply.json().getJsonArray("problems").getValuesAs(JsonObject.class))
              .as(csv + " -> " + reply.body())
              .extracting(p -> p.getInt("line"))
              .contains(line);
        });

    byte[] latin1 =
        "code,name,kind\nCSV-E1,Dinas Pendidikan,OPD\nCSV-E2,Kantor Camat Sei Raya \u00e9,OPD\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Api.Reply encoding =
        Api.send(
            Api.request(UNITS + "/import", token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
    assertJsonError(encoding, "latin-1");
    assertThat(encoding.status()).isEqualTo(400);
    assertThat(encoding.json().getJsonArray("problems").getJsonObject(0).getInt("line"))
        .isEqualTo(3);

    Api.Reply bom =
        Api.postCsv(UNITS + "/import", token, "\uFEFFcode,name,kind\nCSV-B1,Unit BOM,OPD\n");
    assertThat(bom.status()).as(bom.body()).isEqualTo(200);
    assertThat(Db.count("select count(*) from t_pontianak.work_unit where code like 'CSV-M%'"))
        .isZero();
  }

  @Test
  void controlCharactersInAnyTextAre400AndNothingIsStored() {
    String token = admin();
    List<Supplier<Api.Reply>> attempts =
        List.of(
            () ->
                Api.post(
                    UNITS,
                    token,
                    "{\"code\":\"NUL-1\",\"name\":\"Di\\u0000nas\",\"kind\":\"OPD\"}"),
            () ->
                Api.post(
                    UNITS, token, "{\"code\":\"NUL-2\",\"name\":\"Bell\\u0007\",\"kind\":\"OPD\"}"),
            () -> Api.postCsv(UNITS + "/import", token, "code,name,kind\nNUL-3,Di\u0000nas,OPD\n"),
            () -> Api.get(UNITS + "?q=%00", token),
            () -> postYaml(DRAFTS, token, "kind: rubric\nid: nul-draft\ntitle: a\u0000b\n"),
            () -> {
              String clinic =
                  Api.get("/t/pontianak/api/templates/adopted/klik-pontianak", token).body();
              return Api.put(
                  "/t/pontianak/api/templates/adopted/klik-pontianak",
                  token,
                  clinic.replaceFirst("\"en\":\"", "\"en\":\"\\\\u0000"));
            });
    for (Supplier<Api.Reply> attempt : attempts) {
      Api.Reply reply = attempt.get();
      assertJsonError(reply, reply.body());
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    }
    assertThat(Db.count("select count(*) from t_pontianak.work_unit where code like 'NUL-%'"))
        .isZero();
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.template_draft where yaml like '%nul-draft%'"))
        .isZero();
  }

  @Test
  void theSameCodeCreatedInParallelGivesOne201AndJson409s() throws Exception {
    String token = admin();
    String body = "{\"code\":\"RACE-1\",\"name\":\"Balapan\",\"kind\":\"OPD\"}";

    List<Api.Reply> replies = parallel(8, () -> Api.post(UNITS, token, body));

    assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(replies)
        .filteredOn(r -> r.status() != 201)
        .allSatisfy(
            r -> {
              assertJsonError(r, r.body());
              assertThat(r.status()).isEqualTo(409);
            });
    assertThat(Db.count("select count(*) from t_pontianak.work_unit where code = 'RACE-1'"))
        .isEqualTo(1);
  }

  @Test
  void twoSavesOfTheSameDraftRevisionInParallelGiveOneWinnerAndJson409s() throws Exception {
    String token = admin();
    String yaml = "kind: rubric\nid: pontianak-race\nversion: \"2030.1\"\ntitle: Balapan\n";
    Api.Reply draft = postYaml(DRAFTS, token, yaml);
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    String id = draft.json().getString("id");
    long revision = draft.json().getJsonNumber("revision").longValue();

    List<Api.Reply> replies =
        parallel(
            6,
            () ->
                Api.send(
                    Api.request(DRAFTS + "/" + id, token)
                        .header("Content-Type", "application/yaml")
                        .header("If-Match", "\"" + revision + "\"")
                        .PUT(
                            HttpRequest.BodyPublishers.ofString(yaml + "# " + UUID.randomUUID()))));

    assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
    assertThat(replies)
        .filteredOn(r -> r.status() != 200)
        .allSatisfy(
            r -> {
              assertJsonError(r, r.body());
              assertThat(r.status()).isEqualTo(409);
            });
  }

  @Test
  void twoCustomizationsFromTheSameRevisionInParallelGiveOneWinnerAndJson409s() throws Exception {
    String token = Api.token("admin.singkawang", "singkawang");
    String adopted = "/t/singkawang/api/templates/adopted";
    Api.Reply adopt =
        Api.post(
            adopted, token, "{\"templateId\":\"lan-laboratorium-inovasi\",\"version\":\"1.0.0\"}");
    assertThat(adopt.status()).as(adopt.body()).isEqualTo(201);
    String current = Api.get(adopted + "/lan-laboratorium-inovasi", token).body();
    int[] n = {0};

    List<Api.Reply> replies =
        parallel(
            6,
            () -> {
              String edited;
              synchronized (n) {
                edited = current.replace("Drum-up\"", "Drum-up " + n[0]++ + "\"");
              }
              return Api.send(
                  Api.request(adopted + "/lan-laboratorium-inovasi", token)
                      .header("Content-Type", "application/json")
                      .header("If-Match", "\"1\"")
                      .PUT(HttpRequest.BodyPublishers.ofString(edited)));
            });

    assertThat(replies).as(replies.toString()).filteredOn(r -> r.status() == 200).hasSize(1);
    assertThat(replies)
        .filteredOn(r -> r.status() != 200)
        .allSatisfy(
            r -> {
              assertJsonError(r, r.body());
              assertThat(r.status()).isEqualTo(409);
            });
  }

  @Test
  void aDraftLargerThanTheYamlLimitIsRefusedAndNotStored() {
    String token = admin();
    String yaml =
        "kind: rubric\nid: pontianak-huge\nversion: \"2030.1\"\ntitle: Besar\n"
            + ("# " + "x".repeat(98) + "\n").repeat(3000);

    Api.Reply created = postYaml(DRAFTS, token, yaml);

    assertJsonError(created, "300 KB draft");
    assertThat(created.status()).isEqualTo(400);
    assertThat(created.body()).contains("KiB");
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.template_draft where yaml like '%pontianak-huge%'"))
        .isZero();
  }

  @Test
  void aBillionLaughsTemplateIsRefusedByTheCheckWithAMessage() {
    StringBuilder yaml =
        new StringBuilder("kind: rubric\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level <= 4; level++) {
      yaml.append("l").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("all: [*l4, *l4, *l4, *l4]\n");

    Api.Reply check = postYaml("/t/pontianak/api/templates/check", admin(), yaml.toString());

    assertThat(check.status()).as(check.body()).isEqualTo(200);
    assertThat(check.json().getBoolean("valid")).isFalse();
    assertThat(check.body()).contains("values once every alias");
  }

  private static List<Api.Reply> parallel(int n, Supplier<Api.Reply> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Api.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.get();
                }));
      }
      start.countDown();
      List<Api.Reply> replies = new ArrayList<>();
      for (Future<Api.Reply> f : futures) {
        replies.add(f.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Api.Reply postYaml(String path, String token, String yaml) {
    return Api.send(
        Api.request(path, token)
            .header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofString(yaml)));
  }
}
