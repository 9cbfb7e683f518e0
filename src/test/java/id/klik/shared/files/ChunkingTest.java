package id.klik.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Content is cut into fixed-size chunks while it is hashed and counted against the limit. */
class ChunkingTest {

  private static final FileRules ANY_SIZE = FileRules.documents(Long.MAX_VALUE);

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private static List<byte[]> chunks(
      byte[] content, int size, FileRules rules, Chunking.Split[] out)
      throws IOException, SQLException {
    List<byte[]> chunks = new ArrayList<>();
    out[0] =
        Chunking.split(
            new ByteArrayInputStream(content),
            size,
            rules,
            (seq, b, len) -> {
              assertThat(seq).isEqualTo(chunks.size());
              chunks.add(Arrays.copyOf(b, len));
            });
    return chunks;
  }

  @Test
  void cutsIntoFullChunksAndARestWithTheContentsHash() throws Exception {
    byte[] content = bytes(2500);
    Chunking.Split[] split = new Chunking.Split[1];

    List<byte[]> chunks = chunks(content, 1000, ANY_SIZE, split);

    assertThat(chunks).extracting(c -> c.length).containsExactly(1000, 1000, 500);
    assertThat(split[0]).isEqualTo(new Chunking.Split(sha256(content), 2500, 3));
  }

  @Test
  void contentOfExactlyWholeChunksMakesNoEmptyChunk() throws Exception {
    Chunking.Split[] split = new Chunking.Split[1];

    assertThat(chunks(bytes(2000), 1000, ANY_SIZE, split)).hasSize(2);
    assertThat(split[0].chunks()).isEqualTo(2);
  }

  @Test
  void emptyContentMakesNoChunks() throws Exception {
    Chunking.Split[] split = new Chunking.Split[1];

    assertThat(chunks(new byte[0], 1000, ANY_SIZE, split)).isEmpty();
    assertThat(split[0]).isEqualTo(new Chunking.Split(sha256(new byte[0]), 0, 0));
  }

  @Test
  void contentOfExactlyTheLimitPasses() throws Exception {
    Chunking.Split[] split = new Chunking.Split[1];

    chunks(bytes(2500), 1000, FileRules.documents(2500), split);

    assertThat(split[0].size()).isEqualTo(2500);
  }

  @Test
  void oneByteOverTheLimitIsRefusedBeforeTheChunkThatCrossesItIsWritten() {
    List<Integer> written = new ArrayList<>();

    assertThatThrownBy(
            () ->
                Chunking.split(
                    new ByteArrayInputStream(bytes(2501)),
                    1000,
                    FileRules.documents(2500),
                    (seq, b, len) -> written.add(len)))
        .isInstanceOf(FileTooLargeException.class)
        .extracting(e -> ((FileTooLargeException) e).status())
        .isEqualTo(413);
    assertThat(written).containsExactly(1000, 1000);
  }

  @Test
  void chunksReadBackAreTheContent() throws Exception {
    byte[] content = bytes(3333);
    List<byte[]> chunks = chunks(content, 1000, ANY_SIZE, new Chunking.Split[1]);

    ByteArrayOutputStream back = new ByteArrayOutputStream();
    try (var in = new ChunkedInputStream(chunks.size(), chunks::get)) {
      assertThat(in.read()).isEqualTo(content[0] & 0xff);
      in.transferTo(back);
    }

    assertThat(back.toByteArray()).isEqualTo(Arrays.copyOfRange(content, 1, content.length));
  }

  @Test
  void aChunkIsFetchedOnlyWhenTheReaderGetsToIt() throws Exception {
    List<Integer> fetched = new ArrayList<>();
    var in =
        new ChunkedInputStream(
            3,
            seq -> {
              fetched.add(seq);
              return bytes(1000);
            });

    in.readNBytes(1500);

    assertThat(fetched).containsExactly(0, 1);
  }

  @Test
  void aMissingChunkIsAnErrorNotAShortFile() {
    var in = new ChunkedInputStream(2, seq -> seq == 0 ? bytes(10) : null);

    assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("1");
  }

  @Test
  void onlyLowercaseHexOfSixtyFourDigitsNamesContent() throws Exception {
    assertThat(Chunking.isSha256(sha256(bytes(1)))).isTrue();
    assertThat(Chunking.isSha256(sha256(bytes(1)).toUpperCase())).isFalse();
    assertThat(Chunking.isSha256("../etc/passwd")).isFalse();
    assertThat(Chunking.isSha256(null)).isFalse();
  }
}
