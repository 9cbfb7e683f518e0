package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portfolio's search, export and import through the API on the packaged WAR: stemmed words in
 * both languages, filters and their counts, spreadsheets that read back, formula cells neutralized,
 * an import that is all or nothing, and a tenant that never sees another's innovations.
 */
@ExtendWith(LocalStack.class)
class InnovationSearchIT {

  private static final String API = "/t/pontianak/api/innovations";
  private static final String HEADER =
      "name,work_unit,team,stage,kind,form,initiator,primary_affair,other_affairs,trial_date,"
          + "application_date,budget_amount,goals,design_narrative\n";

  /** A made-up word in every innovation of this run, so that searches see only them. */
  private static final String TAG =
      "zq"
          + UUID.randomUUID()
              .toString()
              .replace("-", "")
              .chars()
              .limit(10)
              .map(c -> 'a' + Character.digit(c, 16))
              .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

  private static String admin;

  @BeforeAll
  static void importThisRunsInnovations() {
    admin = Api.token("admin.pontianak", "pontianak");
    String csv =
        HEADER
            + "Pengembangan Layanan Posyandu "
            + TAG
            + ",DINKES,,penerapan,non-digital,pelayanan-publik,asn,kesehatan,sosial,"
            + "2023-01-02,2023-06-01,25000000,Layanan posyandu "
            + TAG
            + " untuk balita.,Rancang bangun singkat.\n"
            + "Kelas Kader "
            + TAG
            + ",KEL-AKCAYA,Tim Inovasi Kelurahan Akcaya,uji-coba,non-digital,pelayanan-publik,"
            + "masyarakat,pendidikan,,2024-02-01,,,\"Kader mengembangkan kelas "
            + TAG
            + " bagi warga.\",\n"
            + "Parking Dashboard "
            + TAG
            + ",DISHUB,,inisiatif,digital,tata-kelola,perangkat-daerah,perhubungan,,,,,"
            + "\"=HYPERLINK(\"\"http://evil.example\"\")\",Monitoring of parking services "
            + TAG
            + ".\n";
    Api.Reply imported = Api.postCsv(API + "/import", admin, csv);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().getInt("created")).isEqualTo(3);
  }

  private static JsonObject search(String query) {
    Api.Reply r = Api.get(API + "?" + query, admin);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<String> names(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("name"))
        .toList();
  }

  private static long count(JsonObject page, String facet, String value) {
    JsonArray values = page.getJsonObject("facets").getJsonArray(facet);
    return values.stream()
        .map(v -> v.asJsonObject())
        .filter(v -> v.getString("value").equals(value))
        .mapToLong(v -> v.getJsonNumber("count").longValue())
        .sum();
  }

  @Test
  void anIndonesianWordFindsItsOtherFormsBestMatchFirst() {
    JsonObject page = search("q=" + Api.enc(TAG + " pengembangan"));

    assertThat(names(page))
        .containsExactly("Pengembangan Layanan Posyandu " + TAG, "Kelas Kader " + TAG);
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(2);
  }

  @Test
  void anEnglishWordFindsItsOtherForms() {
    assertThat(names(search("q=" + Api.enc(TAG + " monitor service"))))
        .containsExactly("Parking Dashboard " + TAG);
  }

  @Test
  void filtersNarrowTheHitsAndEachFacetCountsTheOthers() {
    JsonObject page = search("q=" + TAG + "&stage=uji-coba&affair=pendidikan");

    assertThat(names(page)).containsExactly("Kelas Kader " + TAG);
    // the stage facet ignores its own filter: every stage of the words' hits is counted
    assertThat(count(page, "stage", "penerapan"))
        .isZero(); // penerapan is kesehatan, not pendidikan
    assertThat(count(page, "stage", "uji-coba")).isEqualTo(1);
    JsonObject all = search("q=" + TAG);
    assertThat(count(all, "stage", "penerapan")).isEqualTo(1);
    assertThat(count(all, "kind", "non-digital")).isEqualTo(2);
    assertThat(count(all, "affair", "sosial")).isEqualTo(1);
    assertThat(count(all, "year", "2023")).isEqualTo(1);
    assertThat(count(all, "year", "2024")).isEqualTo(1);
    assertThat(names(search("q=" + TAG + "&workUnit=KEL-AKCAYA&year=2024")))
        .containsExactly("Kelas Kader " + TAG);
  }

  @Test
  void theDemoPortfolioIsSeededFromTheManifest() {
    JsonObject page = search("q=" + Api.enc("antrean puskesmas"));

    assertThat(names(page)).contains("Antrean Puskesmas Daring (SiAntre)");
    assertThat(search("").getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void anUnknownStageIsA400NamingTheValueAndTheCodes() {
    Api.Reply r = Api.get(API + "?stage=selesai&year=20x4", admin);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("selesai", "inisiatif, uji-coba, penerapan", "20x4");
    Api.Reply id =
        Api.send(
            Api.request(API + "?stage=selesai", admin).setHeader("Accept-Language", "id").GET());
    assertThat(id.body()).contains("tidak dikenal");
  }

  private static byte[] export(String tenantApi, String token, String query) throws Exception {
    HttpResponse<byte[]> r =
        Api.HTTP.send(
            Api.request(tenantApi + "/export?" + query, token).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return r.body();
  }

  @Test
  void theExportReadsBackAsXlsxWithFormulaCellsNeutralized() throws Exception {
    byte[] xlsx = export(API, admin, "format=xlsx&q=" + TAG);

    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
        var stream = book.getFirstSheet().openStream()) {
      stream.forEach(
          (Row row) -> {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
              cells.add(row.getCellText(c));
            }
            rows.add(cells);
          });
    }
    assertThat(rows.get(0)).startsWith("id", "name", "work_unit", "team", "stage");
    assertThat(rows).hasSize(4);
    int goals = rows.get(0).indexOf("goals");
    List<String> parking =
        rows.stream().filter(r -> r.get(1).startsWith("Parking")).findFirst().orElseThrow();
    assertThat(parking.get(goals)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    List<String> kelas =
        rows.stream().filter(r -> r.get(1).startsWith("Kelas")).findFirst().orElseThrow();
    assertThat(kelas.get(3)).isEqualTo("Tim Inovasi Kelurahan Akcaya");
  }

  @Test
  void theExportReadsBackAsCsvWithFormulaCellsNeutralized() throws Exception {
    byte[] csv = export(API, admin, "format=csv&q=" + TAG);

    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))
            .getRecords();
    assertThat(records).hasSize(3);
    assertThat(records)
        .filteredOn(r -> r.get("name").startsWith("Parking"))
        .singleElement()
        .satisfies(
            r -> assertThat(r.get("goals")).isEqualTo("'=HYPERLINK(\"http://evil.example\")"));
    assertThat(records)
        .filteredOn(r -> r.get("name").startsWith("Pengembangan"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("other_affairs")).isEqualTo("sosial");
              assertThat(r.get("application_date")).isEqualTo("2023-06-01");
              assertThat(r.get("budget_amount")).isEqualTo("25000000.00");
            });
  }

  @Test
  void anImportWithOneBadRowWritesNothingAndNamesLineAndColumn() {
    String name = "Tidak Tersimpan " + TAG;
    String csv =
        HEADER
            + name
            + " 1,DINKES,,inisiatif,digital,lainnya,asn,kesehatan,,,,,,\n"
            + name
            + " 2,DINKES,,selesai,digital,lainnya,asn,kesehatan,,,,,,\n"
            + name
            + " 3,NO-SUCH-UNIT,,inisiatif,digital,lainnya,asn,kesehatan,,,,,,\n";

    Api.Reply r = Api.postCsv(API + "/import", admin, csv);

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    List<String> problems =
        r.json().getJsonArray("problems").stream()
            .map(p -> p.asJsonObject().getInt("line") + ":" + p.asJsonObject().getString("field"))
            .toList();
    assertThat(problems).containsExactly("3:stage", "4:work_unit");
    assertThat(
            Db.count("select count(*) from t_pontianak.innovation where name like ?", name + "%"))
        .isZero();
  }

  @Test
  void anXlsxImportGoesThroughTheSameRules() throws Exception {
    // a word of its own, so that the other tests' searches do not see this innovation
    String tag = TAG + "x";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook book = new Workbook(out, "test", "1.0");
    Worksheet sheet = book.newWorksheet("Inovasi");
    String[] header = {"name", "work_unit", "stage", "kind", "form", "initiator", "primary_affair"};
    String[] row = {
      "Lembar Kerja " + tag, "DINKES", "inisiatif", "digital", "lainnya", "asn", "kesehatan"
    };
    for (int c = 0; c < header.length; c++) {
      sheet.value(0, c, header[c]);
      sheet.value(1, c, row[c]);
    }
    book.finish();

    Api.Reply r =
        Api.send(
            Api.request(API + "/import", admin)
                .header(
                    "Content-Type",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(names(search("q=" + Api.enc("lembar " + tag))))
        .containsExactly("Lembar Kerja " + tag);
  }

  @Test
  void anInnovatorMayNotImport() {
    String innovator = Api.token("inovator.pontianak", "pontianak");

    Api.Reply r = Api.postCsv(API + "/import", innovator, HEADER);

    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void anotherTenantNeverSeesTheseInnovations() throws Exception {
    String singkawang = Api.token("admin.singkawang", "singkawang");
    String other = "/t/singkawang/api/innovations";

    Api.Reply found = Api.get(other + "?q=" + TAG, singkawang);
    byte[] csv = export(other, singkawang, "format=csv");
    byte[] xlsx = export(other, singkawang, "format=xlsx&q=" + TAG);

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().getJsonNumber("total").longValue()).isZero();
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .doesNotContain(TAG, "Antrean Puskesmas Daring (SiAntre)");
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
        var stream = book.getFirstSheet().openStream()) {
      assertThat(stream.count()).isEqualTo(1); // the header row only
    }
    // Pontianak's token is no key to Singkawang's list
    assertThat(Api.get(other, admin).status()).isIn(403, 404);
    assertThat(
            search("q=" + TAG).getJsonObject("facets").getJsonArray("workUnit").stream()
                .map(v -> v.asJsonObject().getString("label"))
                .collect(Collectors.toSet()))
        .allMatch(label -> !label.toLowerCase(Locale.ROOT).contains("singkawang"));
  }
}
