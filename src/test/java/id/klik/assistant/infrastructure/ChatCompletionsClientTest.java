package id.klik.assistant.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.assistant.domain.AssistantUnavailableException;
import id.klik.assistant.domain.ChatMessage;
import id.klik.assistant.domain.Outcome;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real client against a fake endpoint on 127.0.0.1: streaming, refusal, deadlines. */
class ChatCompletionsClientTest {

  private static FakeChatCompletions fake;

  @BeforeAll
  static void start() throws IOException {
    fake = new FakeChatCompletions();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private static List<ChatMessage> asking(String text) {
    return List.of(new ChatMessage("system", "Anda asisten."), new ChatMessage("user", text));
  }

  @Test
  void handsOnEachPieceAsItStreamsInWithTheKeyAndModel() {
    List<String> pieces = new ArrayList<>();
    try (ChatCompletionsClient client =
        new ChatCompletionsClient(fake.baseUrl(), "qwen-test", "rahasia", Duration.ofSeconds(10))) {
      ChatCompletionsClient.Ending ending =
          client.stream(asking("Perbaiki teks ini."), pieces::add);

      assertThat(ending).isEqualTo(ChatCompletionsClient.Ending.COMPLETE);
    }
    assertThat(pieces).hasSizeGreaterThan(5);
    assertThat(String.join("", pieces)).isEqualTo(FakeChatCompletions.REPLY);
    String body = fake.bodies().get(fake.bodies().size() - 1);
    assertThat(body).contains("\"model\":\"qwen-test\"").contains("\"stream\":true");
    assertThat(body).contains("Perbaiki teks ini.");
    assertThat(fake.authorizations()).contains("Bearer rahasia");
  }

  @Test
  void aRefusalIsUnavailableWithItsStatus() {
    try (ChatCompletionsClient client =
        new ChatCompletionsClient(fake.baseUrl(), "m", null, Duration.ofSeconds(10))) {
      assertThatThrownBy(() -> client.stream(asking("[[gagal]]"), p -> {}))
          .isInstanceOfSatisfying(
              AssistantUnavailableException.class,
              e -> {
                assertThat(e.outcome()).isEqualTo(Outcome.FAILED);
                assertThat(e.messageKey()).isEqualTo("assistant.refused");
                assertThat(e.args()).containsExactly(500);
                assertThat(e.status()).isEqualTo(503);
              });
    }
  }

  @Test
  void aStallAfterTheFirstPieceEndsAtTheDeadlineKeepingWhatCame() {
    List<String> pieces = new ArrayList<>();
    long started = System.nanoTime();
    try (ChatCompletionsClient client =
        new ChatCompletionsClient(fake.baseUrl(), "m", null, Duration.ofSeconds(2))) {
      ChatCompletionsClient.Ending ending = client.stream(asking("[[lambat]]"), pieces::add);

      assertThat(ending).isEqualTo(ChatCompletionsClient.Ending.TIMEOUT);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    assertThat(pieces).containsExactly("Inovasi");
  }

  @Test
  void noAnswerAtAllBeforeTheDeadlineIsATimeout() {
    try (ChatCompletionsClient client =
        new ChatCompletionsClient(fake.baseUrl(), "m", null, Duration.ofSeconds(2))) {
      assertThatThrownBy(() -> client.stream(asking("[[diam]]"), p -> {}))
          .isInstanceOfSatisfying(
              AssistantUnavailableException.class,
              e -> assertThat(e.outcome()).isEqualTo(Outcome.TIMEOUT));
    }
  }

  @Test
  void anAbsentEndpointIsUnreachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (ChatCompletionsClient client =
        new ChatCompletionsClient(
            "http://127.0.0.1:" + closedPort + "/v1", "m", null, Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> client.stream(asking("halo"), p -> {}))
          .isInstanceOfSatisfying(
              AssistantUnavailableException.class,
              e -> assertThat(e.messageKey()).isEqualTo("assistant.unreachable"));
    }
  }
}
