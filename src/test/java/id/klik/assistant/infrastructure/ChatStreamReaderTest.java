package id.klik.assistant.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatStreamReaderTest {

  private static List<String> read(String answer, boolean[] ended) throws IOException {
    List<String> pieces = new ArrayList<>();
    ended[0] = ChatStreamReader.read(new StringReader(answer), pieces::add);
    return pieces;
  }

  @Test
  void readsServerSentEventsUntilDone() throws IOException {
    boolean[] ended = new boolean[1];
    String stream =
        ": keep-alive\n\n"
            + "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n"
            + "data: {\"choices\":[{\"delta\":{\"content\":\"Warga \"}}]}\r\n\r\n"
            + "event: ignored\n"
            + "data: {\"choices\":[{\"delta\":{\"content\":\"mendaftar.\"}}]}\n\n"
            + "data: [DONE]\n\n"
            + "data: {\"choices\":[{\"delta\":{\"content\":\"after done\"}}]}\n\n";

    assertThat(read(stream, ended)).containsExactly("Warga ", "mendaftar.");
    assertThat(ended[0]).isTrue();
  }

  @Test
  void skipsEventsThatAreNoJsonAndSaysWhenTheStreamStoppedShort() throws IOException {
    boolean[] ended = new boolean[1];
    String stream =
        "data: {not json\n\n"
            + "data: [1,2]\n\n"
            + "data: {\"choices\":[]}\n\n"
            + "data: {\"choices\":[{\"delta\":{\"content\":\"Sebagian\"}}]}\n\n";

    assertThat(read(stream, ended)).containsExactly("Sebagian");
    assertThat(ended[0]).isFalse();
  }

  @Test
  void aFinishReasonEndsTheReplyProperlyWithoutDone() throws IOException {
    boolean[] ended = new boolean[1];
    String stream =
        "data: {\"choices\":[{\"delta\":{\"content\":\"Selesai\"},\"finish_reason\":null}]}\n\n"
            + "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";

    assertThat(read(stream, ended)).containsExactly("Selesai");
    assertThat(ended[0]).isTrue();
  }

  @Test
  void readsAWholeJsonAnswerFromAServerThatDoesNotStream() throws IOException {
    boolean[] ended = new boolean[1];
    String answer =
        "{\"id\":\"x\",\n \"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Teks"
            + " baru.\"}}]}\n";

    assertThat(read(answer, ended)).containsExactly("Teks baru.");
    assertThat(ended[0]).isTrue();
  }

  @Test
  void refusesALineLongerThanItsBound() {
    String huge = "data: " + "a".repeat(ChatStreamReader.MAX_LINE_CHARS + 10) + "\n";

    assertThatThrownBy(() -> read(huge, new boolean[1])).isInstanceOf(IOException.class);
  }
}
