package id.klik.innovation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.files.infrastructure.JdbcBlobStore;
import id.klik.files.infrastructure.TenantSchemas;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTooLargeException;
import id.klik.shared.files.Zips;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the evidence vault keeps, judged by the bytes, on a real PostgreSQL's BlobStore. */
class EvidenceFilesTest {

  @TempDir static Path data;
  static TenantSchemas db;
  static TenantSchemas.Tenant tenant;
  static EvidenceFiles files;

  @BeforeAll
  static void start() throws Exception {
    db = TenantSchemas.start(data, "t_e");
    tenant = db.tenant("t_e");
    files = new EvidenceFiles(new JdbcBlobStore(tenant), 10_000);
  }

  @AfterAll
  static void stop() throws Exception {
    tenant.close();
    db.close();
  }

  private static byte[] pdf() {
    return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj << >> endobj\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static long chunks() throws SQLException {
    return db.count("select count(*) from t_e.blob_chunk");
  }

  private static String store(byte[] bytes, String name) throws IOException {
    return files.store(name, new ByteArrayInputStream(bytes)).contentType();
  }

  @Test
  void keepsAPdfAsAPdf() throws IOException {
    assertThat(store(pdf(), "laporan.pdf")).isEqualTo(FileRules.PDF);
  }

  @Test
  void keepsAWordDocumentByItsEntriesWhateverItsName() throws IOException {
    assertThat(store(Zips.docx(), "dokumen.bin")).isEqualTo(FileRules.DOCX);
  }

  @Test
  void refusesAnExecutableNamedPdfAndKeepsNothing() throws Exception {
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    long before = chunks();
    assertThatThrownBy(() -> store(exe, "laporan.pdf"))
        .isInstanceOfSatisfying(
            EvidenceRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("evidence.typeNotAllowed"));
    assertThat(chunks()).isEqualTo(before);
  }

  @Test
  void refusesAVideoWithTheAdviceToLinkIt() {
    byte[] mp4 = new byte[2048];
    byte[] head = "\0\0\0\u0018ftypisom\0\0\u0002\0isomiso2".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, mp4, 0, head.length);
    assertThatThrownBy(() -> store(mp4, "video.pdf"))
        .isInstanceOfSatisfying(
            EvidenceRefused.class, e -> assertThat(e.messageKey()).isEqualTo("evidence.video"));
  }

  @Test
  void refusesAPlainZipNamedLikeAnOpenDocument() {
    byte[] zip = Zips.zip(Map.of("run.sh", "echo hi"));
    assertThatThrownBy(() -> store(zip, "laporan.odt")).isInstanceOf(EvidenceRefused.class);
  }

  @Test
  void refusesAFileOverTheLimitAndKeepsNothing() throws Exception {
    byte[] big = new byte[20_000];
    byte[] head = pdf();
    System.arraycopy(head, 0, big, 0, head.length);
    long before = chunks();
    assertThatThrownBy(() -> store(big, "besar.pdf")).isInstanceOf(FileTooLargeException.class);
    assertThat(chunks()).isEqualTo(before);
  }

  @Test
  void refusesHtmlNamedPdf() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> store(html, "laporan.pdf")).isInstanceOf(EvidenceRefused.class);
  }
}
