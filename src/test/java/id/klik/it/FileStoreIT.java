package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files through the real stack, on their first use: every work-unit CSV import is kept, exactly as
 * uploaded, in the tenant's own schema and listed in its import history.
 */
@ExtendWith(LocalStack.class)
class FileStoreIT {

  private static final String UNITS = "/t/pontianak/api/work-units";

  /** KLIK_UPLOAD_MAX_BYTES as the stack runs it: the default. */
  private static final int LIMIT = 20_000_000;

  private static String admin() {
    return Api.token("admin.pontianak", "pontianak");
  }

  private static String csv() {
    String code = "FS-" + UUID.randomUUID().toString().substring(0, 8);
    return "code,name,kind\n" + code + ",Dinas Berkas " + code + ",OPD\n";
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static Api.Reply importFile(String token, String name, byte[] body) {
    return Api.send(
        Api.request(UNITS + "/import?filename=" + Api.enc(name), token)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static JsonObject historyEntry(String token, String id) {
    Api.Reply list = Api.get(UNITS + "/imports?size=200", token);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("sha256").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no import of " + id + " in " + list.body()));
  }

  private static long blobs() {
    return Db.count("select count(*) from t_pontianak.blob");
  }

  private static long imports() {
    return Db.count("select count(*) from t_pontianak.work_unit_import");
  }

  @Test
  void anImportKeepsItsFileWhichDownloadsByteForByte() throws Exception {
    String token = admin();
    byte[] content = csv().getBytes(StandardCharsets.UTF_8);

    Api.Reply imported = importFile(token, "unit kerja é.csv", content);

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    JsonObject entry = historyEntry(token, sha256(content));
    assertThat(entry.getString("filename")).isEqualTo("unit kerja é.csv");
    assertThat(entry.getJsonNumber("size").longValue()).isEqualTo(content.length);
    assertThat(entry.getString("contentType")).isEqualTo("text/csv");
    assertThat(entry.getString("importedBy")).isEqualTo("admin.pontianak");
    assertThat(entry.getJsonObject("result").getInt("created")).isEqualTo(1);

    HttpResponse<byte[]> file =
        Api.HTTP.send(
            Api.request(UNITS + "/imports/" + entry.getString("id") + "/file", token).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(content);
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .startsWith("attachment;")
                    .contains("filename*=UTF-8''unit%20kerja%20%C3%A9.csv"));
  }

  @Test
  void theSameContentImportedTwiceIsStoredOnceAndListedTwice() throws Exception {
    String token = admin();
    byte[] content = csv().getBytes(StandardCharsets.UTF_8);
    String sha = sha256(content);

    assertThat(importFile(token, "units.csv", content).status()).isEqualTo(200);
    Api.Reply again = importFile(token, "units.csv", content);

    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().getInt("updated")).isEqualTo(1);
    assertThat(Db.count("select count(*) from t_pontianak.blob where sha256 = ?", sha))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.work_unit_import where blob_sha256 = ?", sha))
        .isEqualTo(2);
  }

  @Test
  void anImageIsRefusedWhateverItIsCalledAndNothingIsKept() {
    byte[] png = png();
    long blobs = blobs();
    long imports = imports();

    Api.Reply refused = importFile(admin(), "units.csv", png);

    assertThat(refused.status()).as(refused.body()).isEqualTo(415);
    assertThat(refused.json().getString("code")).isEqualTo("files.typeNotAllowed");
    assertThat(refused.json().getString("message")).contains("image/png", "text/csv");
    assertThat(blobs()).isEqualTo(blobs);
    assertThat(imports()).isEqualTo(imports);
  }

  @Test
  void aFileOverTheLimitIs413BeforeItIsRead() {
    long blobs = blobs();
    long imports = imports();

    // Only the headers and the first bytes are sent: the answer must come without the rest.
    Api.Reply refused =
        postStartOfBody(
            UNITS + "/import?filename=big.csv", admin(), LIMIT + 1L, "code,name,kind\n");

    assertThat(refused.status()).as(refused.body()).isEqualTo(413);
    assertThat(refused.json().getString("code")).isEqualTo("files.tooLarge");
    assertThat(refused.json().getString("message")).contains("20.0 MB");
    assertThat(blobs()).isEqualTo(blobs);
    assertThat(imports()).isEqualTo(imports);
  }

  /**
   * A POST announcing {@code length} bytes of which only {@code start} is sent, then the answer
   * read: the JDK's client would first send the whole body, which is what the early 413 spares.
   */
  private static Api.Reply postStartOfBody(String path, String token, long length, String start) {
    URI app = URI.create(LocalStack.appUrl());
    try (Socket socket = new Socket(app.getHost(), app.getPort())) {
      socket.setSoTimeout(30_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + app.getHost()
              + ":"
              + app.getPort()
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nAccept-Language: en\r\nContent-Type: text/csv\r\nContent-Length: "
              + length
              + "\r\nConnection: close\r\n\r\n"
              + start;
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      int status = Integer.parseInt(in.readLine().split(" ")[1]);
      int bodyLength = -1;
      for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
          bodyLength = Integer.parseInt(line.substring(15).trim());
        }
      }
      // the body by its length, or in chunks; never by waiting for the server to close
      StringBuilder body = new StringBuilder();
      if (bodyLength >= 0) {
        char[] chars = new char[bodyLength];
        int read = 0;
        while (read < bodyLength) {
          int n = in.read(chars, read, bodyLength - read);
          if (n < 0) {
            break;
          }
          read += n;
        }
        body.append(chars, 0, read);
      } else {
        for (int size = Integer.parseInt(in.readLine().trim(), 16);
            size > 0;
            size = Integer.parseInt(in.readLine().trim(), 16)) {
          char[] chunk = new char[size];
          int read = 0;
          while (read < size) {
            read += in.read(chunk, read, size - read);
          }
          body.append(chunk);
          in.readLine();
        }
      }
      return new Api.Reply(status, body.toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aStreamWithoutALengthIsCountedAndStoppedAtTheLimitWithNothingKept() {
    byte[] big = ("code,name,kind\n" + "X,".repeat(LIMIT / 2)).getBytes(StandardCharsets.UTF_8);
    long blobs = blobs();
    long chunks = Db.count("select count(*) from t_pontianak.blob_chunk");
    long imports = imports();

    Api.Reply refused =
        Api.send(
            Api.request(UNITS + "/import?filename=big.csv", admin())
                .header("Content-Type", "text/csv")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    assertThat(refused.status()).as(refused.body()).isEqualTo(413);
    assertThat(blobs()).isEqualTo(blobs);
    assertThat(Db.count("select count(*) from t_pontianak.blob_chunk")).isEqualTo(chunks);
    assertThat(imports()).isEqualTo(imports);
  }

  @Test
  void anotherTenantCanNeitherListNorDownloadTheImports() throws Exception {
    String token = admin();
    byte[] content = csv().getBytes(StandardCharsets.UTF_8);
    assertThat(importFile(token, "units.csv", content).status()).isEqualTo(200);
    String id = historyEntry(token, sha256(content)).getString("id");
    String sumedang = Api.token("admin.sumedang", "sumedang");

    assertThat(Api.get(UNITS + "/imports", sumedang).status()).isEqualTo(403);
    assertThat(Api.get(UNITS + "/imports/" + id + "/file", sumedang).status()).isEqualTo(403);
    Api.Reply own = Api.get("/t/sumedang/api/work-units/imports?size=200", sumedang);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).doesNotContain(id);
    Api.Reply other = Api.get("/t/sumedang/api/work-units/imports/" + id + "/file", sumedang);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.json().getString("code")).isEqualTo("error.notFound");
  }

  @Test
  void aReaderMayListButNotImport() throws IOException {
    String innovator = Api.token("inovator.pontianak", "pontianak");

    assertThat(Api.get(UNITS + "/imports", innovator).status()).isEqualTo(200);
    assertThat(importFile(innovator, "units.csv", csv().getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(403);
  }

  /** The first bytes of a PNG (signature and the start of its header): judged a PNG by them. */
  static byte[] png() {
    return new byte[] {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1
    };
  }
}
