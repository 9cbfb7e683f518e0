package id.klik.assistant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTest {

  @Test
  void keepsPiecesUpToItsBoundAndMarksTheRestCut() {
    Reply reply = new Reply();
    assertThat(reply.add("Halo ")).isEqualTo("Halo ");
    String big = "x".repeat(Reply.MAX_CHARS);

    String kept = reply.add(big);

    assertThat(kept).hasSize(Reply.MAX_CHARS - 5);
    assertThat(reply.text()).hasSize(Reply.MAX_CHARS);
    assertThat(reply.cut()).isTrue();
    assertThat(reply.add("lagi")).isEmpty();
    assertThat(reply.add(null)).isEmpty();
  }
}
