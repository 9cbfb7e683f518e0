package id.klik.files.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.NotFoundException;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTooLargeException;
import id.klik.shared.files.FileTypeNotAllowedException;
import id.klik.shared.files.StoredBlob;
import id.klik.shared.files.Zips;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC BlobStore on a real PostgreSQL with the tenant migrations: small chunks here (1000
 * bytes), so a few kilobytes already span several.
 */
class JdbcBlobStoreTest {

  @TempDir static Path data;
  static TenantSchemas db;
  static TenantSchemas.Tenant a;
  static TenantSchemas.Tenant b;
  static JdbcBlobStore storeA;
  static JdbcBlobStore storeB;

  @BeforeAll
  static void start() throws Exception {
    db = TenantSchemas.start(data, "t_a", "t_b");
    a = db.tenant("t_a");
    b = db.tenant("t_b");
    storeA = new JdbcBlobStore(a, 1000);
    storeB = new JdbcBlobStore(b, 1000);
  }

  @AfterAll
  static void stop() throws Exception {
    a.close();
    b.close();
    db.close();
  }

  /** Distinct text of n bytes per call, so tests do not share content. */
  private static byte[] csv(int n) {
    StringBuilder sb = new StringBuilder("code,name,kind\n");
    String salt = UUID.randomUUID().toString();
    for (int i = 0; sb.length() < n; i++) {
      sb.append("U").append(i).append(',').append(salt).append(",OPD\n");
    }
    return sb.substring(0, n).getBytes(StandardCharsets.UTF_8);
  }

  private static StoredBlob store(JdbcBlobStore store, byte[] content, String name, FileRules r) {
    return store.store(new ByteArrayInputStream(content), name, r);
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private static long rows(String table) throws SQLException {
    return db.count("select count(*) from t_a." + table);
  }

  @Test
  void storesInChunksAndReadsBackTheExactBytes() throws Exception {
    byte[] content = csv(3500);

    StoredBlob blob = store(storeA, content, "units.csv", FileRules.tables(10_000));

    assertThat(blob.sha256()).isEqualTo(sha256(content));
    assertThat(blob.size()).isEqualTo(3500);
    assertThat(blob.contentType()).isEqualTo("text/csv");
    assertThat(
            db.count(
                "select count(*) from t_a.blob_chunk c join t_a.blob b using (chunks_id)"
                    + " where b.sha256 = '"
                    + blob.sha256()
                    + "'"))
        .isEqualTo(4);
    try (InputStream in = storeA.open(blob.sha256())) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void identicalContentIsStoredOnce() throws Exception {
    byte[] content = csv(2500);
    long blobs = rows("blob");
    long chunks = rows("blob_chunk");

    StoredBlob first = store(storeA, content, "units.csv", FileRules.tables(10_000));
    StoredBlob second = store(storeA, content, "again.csv", FileRules.tables(10_000));

    assertThat(second).isEqualTo(first);
    assertThat(rows("blob")).isEqualTo(blobs + 1);
    assertThat(rows("blob_chunk")).isEqualTo(chunks + 3);
  }

  @Test
  void overTheLimitNothingIsStored() throws Exception {
    long blobs = rows("blob");
    long chunks = rows("blob_chunk");

    assertThatThrownBy(() -> store(storeA, csv(3001), "units.csv", FileRules.tables(3000)))
        .isInstanceOf(FileTooLargeException.class);

    assertThat(rows("blob")).isEqualTo(blobs);
    assertThat(rows("blob_chunk")).isEqualTo(chunks);
  }

  @Test
  void aTypeTheUseDoesNotAllowIsRefusedWithNothingStored() throws Exception {
    long chunks = rows("blob_chunk");
    byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> store(storeA, pdf, "units.csv", FileRules.tables(10_000)))
        .isInstanceOf(FileTypeNotAllowedException.class)
        .satisfies(
            e -> assertThat(((FileTypeNotAllowedException) e).args()).contains("application/pdf"));
    assertThat(rows("blob_chunk")).isEqualTo(chunks);
  }

  @Test
  void aWordFileIsStoredAsWordOnceItsZipSaysSo() {
    StoredBlob blob = store(storeA, Zips.docx(), "notes.bin", FileRules.documents(100_000));

    assertThat(blob.contentType()).isEqualTo(FileRules.DOCX);
  }

  @Test
  void aZipNamedDocxIsRefusedAndItsChunksAreDropped() throws Exception {
    long chunks = rows("blob_chunk");
    byte[] zip = Zips.zip(Map.of("word/document.xml", "<document/>"));

    assertThatThrownBy(() -> store(storeA, zip, "notes.docx", FileRules.documents(100_000)))
        .isInstanceOf(FileTypeNotAllowedException.class)
        .satisfies(
            e -> assertThat(((FileTypeNotAllowedException) e).args()).contains("application/zip"));
    assertThat(rows("blob_chunk")).isEqualTo(chunks);
  }

  @Test
  void storedContentIsNeverRewritten() {
    StoredBlob blob = store(storeA, csv(1500), "units.csv", FileRules.tables(10_000));

    assertThatThrownBy(
            () ->
                a.call(
                    c -> {
                      try (PreparedStatement s =
                          c.prepareStatement(
                              "update blob_chunk set bytes = '\\x00' where chunks_id ="
                                  + " (select chunks_id from blob where sha256 = ?)")) {
                        s.setString(1, blob.sha256());
                        return s.executeUpdate();
                      }
                    }))
        .hasMessageContaining("never rewritten");
    assertThat(storeA.find(blob.sha256())).contains(blob);
  }

  @Test
  void anotherTenantCanNeitherReadNorRemoveIt() throws Exception {
    StoredBlob blob = store(storeA, csv(1200), "units.csv", FileRules.tables(10_000));

    assertThat(storeB.find(blob.sha256())).isEmpty();
    assertThatThrownBy(() -> storeB.open(blob.sha256())).isInstanceOf(NotFoundException.class);
    int removed =
        b.call(
            c -> {
              try (PreparedStatement s = c.prepareStatement("delete from blob where sha256 = ?")) {
                s.setString(1, blob.sha256());
                return s.executeUpdate();
              }
            });

    assertThat(removed).isZero();
    assertThat(storeA.find(blob.sha256())).contains(blob);
  }

  @Test
  void theSameContentInTwoTenantsIsTwoFiles() throws Exception {
    byte[] content = csv(1100);

    StoredBlob inA = store(storeA, content, "units.csv", FileRules.tables(10_000));
    StoredBlob inB = store(storeB, content, "units.csv", FileRules.tables(10_000));

    assertThat(inB.sha256()).isEqualTo(inA.sha256());
    assertThat(db.count("select count(*) from t_b.blob where sha256 = '" + inA.sha256() + "'"))
        .isEqualTo(1);
    try (InputStream in = storeB.open(inB.sha256())) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }
}
