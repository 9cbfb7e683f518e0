package id.klik.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartFormDataTest {

  private static final String TYPE = "multipart/form-data; boundary=XyZ123";

  private static byte[] body(byte[] file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        ("--XyZ123\r\nContent-Disposition: form-data; name=\"indicator\"\r\n\r\nsid-16\r\n"
                + "--XyZ123\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"Laporan akhir.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.write(file);
    out.write("\r\n--XyZ123--\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A stream that hands out at most a few bytes per read, as a slow socket does. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  private record Read(String name, String filename, byte[] content) {}

  private static List<Read> readAll(MultipartFormData form) throws IOException {
    List<Read> parts = new ArrayList<>();
    for (var part = form.next(); part.isPresent(); part = form.next()) {
      parts.add(
          new Read(
              part.get().name(),
              part.get().filename().orElse(null),
              part.get().content().readAllBytes()));
    }
    return parts;
  }

  @Test
  void readsFieldsAndTheFileWithItsExactBytes() throws IOException {
    byte[] file = new byte[300_000];
    new Random(7).nextBytes(file);
    List<Read> parts = readAll(MultipartFormData.of(TYPE, new ByteArrayInputStream(body(file))));
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).name()).isEqualTo("indicator");
    assertThat(new String(parts.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("sid-16");
    assertThat(parts.get(1).filename()).isEqualTo("Laporan akhir.pdf");
    assertThat(parts.get(1).content()).isEqualTo(file);
  }

  @Test
  void findsTheBoundaryWhenTheSocketHandsOutOneByteAtATime() throws IOException {
    byte[] file =
        "%PDF-1.4\r\n--XyZ12 almost a boundary\r\n--XyZ12".getBytes(StandardCharsets.UTF_8);
    for (int step : new int[] {1, 2, 3, 7, 64}) {
      List<Read> parts = readAll(MultipartFormData.of(TYPE, trickle(body(file), step)));
      assertThat(parts.get(1).content()).as("step %d", step).isEqualTo(file);
    }
  }

  @Test
  void skipsAPartNotReadAndThePreamble() throws IOException {
    byte[] raw =
        ("preamble\r\n" + new String(body(new byte[] {1, 2, 3}), StandardCharsets.ISO_8859_1))
            .getBytes(StandardCharsets.ISO_8859_1);
    MultipartFormData form = MultipartFormData.of(TYPE, new ByteArrayInputStream(raw));
    form.next();
    var file = form.next().orElseThrow();
    assertThat(file.content().readAllBytes()).containsExactly(1, 2, 3);
    assertThat(form.next()).isEmpty();
  }

  @Test
  void takesAQuotedBoundaryAndAUtf8FileName() throws IOException {
    String raw =
        "--a b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Anggaran 2025 – ok.pdf\""
            + "\r\n\r\nx\r\n--a b--";
    MultipartFormData form =
        MultipartFormData.of(
            "multipart/form-data; boundary=\"a b\"",
            new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    assertThat(form.next().orElseThrow().filename()).contains("Anggaran 2025 – ok.pdf");
  }

  @Test
  void refusesABodyThatEndsInsideAPart() {
    byte[] raw =
        "--XyZ123\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> readAll(MultipartFormData.of(TYPE, new ByteArrayInputStream(raw))))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesAnotherContentType() {
    assertThatThrownBy(
            () -> MultipartFormData.of("application/json", new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void boundsATextField() throws IOException {
    String raw =
        "--XyZ123\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
            + "x".repeat(2000)
            + "\r\n--XyZ123--";
    var part =
        MultipartFormData.of(TYPE, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)))
            .next()
            .orElseThrow();
    assertThatThrownBy(() -> part.text(1000)).isInstanceOf(ValidationException.class);
  }
}
