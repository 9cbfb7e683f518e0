package id.klik.files.infrastructure;

import id.klik.shared.domain.NotFoundException;
import id.klik.shared.files.BlobStore;
import id.klik.shared.files.ChunkedInputStream;
import id.klik.shared.files.Chunking;
import id.klik.shared.files.ContentTypes;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTypeNotAllowedException;
import id.klik.shared.files.OfficeZip;
import id.klik.shared.files.StoredBlob;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Files as {@code blob} and {@code blob_chunk} rows of the tenant's schema (migration V4). An
 * upload writes its chunks under a fresh id while hashing them; only at the end, with the hash
 * known, does it add the {@code blob} row, or drop its chunks when that content is already stored
 * (a concurrent upload of the same content waits on the primary key, then finds it). The chunk
 * rows' deferred foreign key makes a chunk without its blob impossible at commit.
 */
public class JdbcBlobStore implements BlobStore {

  /** Zip containers whose kind only their {@code [Content_Types].xml} can prove. */
  private static final Set<String> OFFICE = Set.of(FileRules.DOCX, FileRules.XLSX, FileRules.PPTX);

  private final TenantConnections connections;
  private final int chunkSize;

  public JdbcBlobStore(TenantConnections connections) {
    this(connections, Chunking.CHUNK_SIZE);
  }

  JdbcBlobStore(TenantConnections connections, int chunkSize) {
    this.connections = connections;
    this.chunkSize = chunkSize;
  }

  @Override
  public StoredBlob store(InputStream content, String filename, FileRules rules) {
    return connections.call(c -> store(c, content, filename, rules));
  }

  private StoredBlob store(Connection c, InputStream content, String filename, FileRules rules)
      throws SQLException, IOException {
    BufferedInputStream in = new BufferedInputStream(content, ContentTypes.HEAD);
    String detected = ContentTypes.detect(in, filename);
    boolean zip = ContentTypes.isZipContainer(detected);
    if (!rules.allows(detected) && (!zip || Collections.disjoint(rules.allowedTypes(), OFFICE))) {
      throw new FileTypeNotAllowedException(detected, rules);
    }
    UUID chunksId = UUID.randomUUID();
    Chunking.Split split;
    try (PreparedStatement insert =
        c.prepareStatement("insert into blob_chunk (chunks_id, seq, bytes) values (?, ?, ?)")) {
      split =
          Chunking.split(
              in,
              chunkSize,
              rules,
              (seq, bytes, length) -> {
                insert.setObject(1, chunksId);
                insert.setInt(2, seq);
                insert.setBinaryStream(
                    3, new java.io.ByteArrayInputStream(bytes, 0, length), length);
                insert.executeUpdate();
              });
    } catch (RuntimeException refused) {
      dropChunks(c, chunksId);
      throw refused;
    }
    String type = detected;
    if (zip) {
      // a zip that only claims to be Office (by name or by its first entry) is just a zip
      type =
          OfficeZip.officeType(chunks(chunksId, split.chunks()))
              .orElse(OFFICE.contains(detected) ? "application/zip" : detected);
      if (!rules.allows(type)) {
        dropChunks(c, chunksId);
        throw new FileTypeNotAllowedException(type, rules);
      }
    }
    if (!register(c, split, type, chunksId)) {
      dropChunks(c, chunksId);
    }
    return find(c, split.sha256()).orElseThrow();
  }

  /** Adds the blob row; false when this content is already stored. */
  private static boolean register(Connection c, Chunking.Split split, String type, UUID chunksId)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into blob (sha256, size, content_type, chunks_id, chunk_count)"
                + " values (?, ?, ?, ?, ?) on conflict (sha256) do nothing")) {
      s.setString(1, split.sha256());
      s.setLong(2, split.size());
      s.setString(3, type);
      s.setObject(4, chunksId);
      s.setInt(5, split.chunks());
      return s.executeUpdate() == 1;
    }
  }

  private static void dropChunks(Connection c, UUID chunksId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("delete from blob_chunk where chunks_id = ?")) {
      s.setObject(1, chunksId);
      s.executeUpdate();
    }
  }

  @Override
  public Optional<StoredBlob> find(String sha256) {
    if (!Chunking.isSha256(sha256)) {
      return Optional.empty();
    }
    return connections.call(c -> find(c, sha256));
  }

  private static Optional<StoredBlob> find(Connection c, String sha256) throws SQLException {
    return row(c, sha256).map(Row::blob);
  }

  @Override
  public InputStream open(String sha256) {
    Row row = Chunking.isSha256(sha256) ? connections.call(c -> row(c, sha256)).orElse(null) : null;
    if (row == null) {
      throw new NotFoundException("file", sha256);
    }
    return chunks(row.chunksId(), row.chunkCount());
  }

  /** Each chunk in its own call: no connection is held while the reader is elsewhere. */
  private InputStream chunks(UUID chunksId, int count) {
    return new ChunkedInputStream(count, seq -> connections.call(c -> chunk(c, chunksId, seq)));
  }

  private static byte[] chunk(Connection c, UUID chunksId, int seq) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select bytes from blob_chunk where chunks_id = ? and seq = ?")) {
      s.setObject(1, chunksId);
      s.setInt(2, seq);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getBytes(1) : null;
      }
    }
  }

  private record Row(StoredBlob blob, UUID chunksId, int chunkCount) {}

  private static Optional<Row> row(Connection c, String sha256) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select sha256, size, content_type, created_at, chunks_id, chunk_count from blob"
                + " where sha256 = ?")) {
      s.setString(1, sha256);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Row(
                new StoredBlob(
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()),
                (UUID) rs.getObject(5),
                rs.getInt(6)));
      }
    }
  }
}
