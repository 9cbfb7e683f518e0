package id.klik.assistant.application;

import id.klik.assistant.domain.AssistRequest;
import id.klik.assistant.domain.AssistantUnavailableException;
import id.klik.assistant.domain.ChatMessage;
import id.klik.assistant.domain.Outcome;
import id.klik.assistant.domain.Reply;
import id.klik.assistant.infrastructure.ChatCompletionsClient;
import id.klik.shared.domain.ConflictException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Asks the deployment's model for a suggestion on one section and hands the reply on as it streams
 * in. Runs outside any transaction (the model may take a minute); the exchange is recorded after,
 * also when it failed or the deadline cut it.
 */
@ApplicationScoped
public class WritingAssistant {

  @Inject AssistantSettings settings;
  @Inject AssistantLedger ledger;

  private ChatCompletionsClient client;

  /** 409 unless the deployment configured an endpoint and the tenant's admin switched it on. */
  public void requireAvailable() {
    AssistantStatus status = ledger.status();
    if (!status.configured()) {
      throw new ConflictException("assistant.notConfigured");
    }
    if (!status.enabled()) {
      throw new ConflictException("assistant.off");
    }
  }

  /**
   * A suggestion for the section, each piece handed to {@code onPiece} as it arrives.
   *
   * @param subjectType what the section belongs to, e.g. {@code proposal}
   * @throws ConflictException 409 when the AI is not available here
   * @throws AssistantUnavailableException 503 when the endpoint fails or sends nothing in time
   *     (recorded too)
   */
  public Suggestion suggest(
      String subjectType,
      String subjectId,
      String sectionId,
      AssistRequest request,
      Consumer<String> onPiece) {
    requireAvailable();
    List<ChatMessage> messages = request.messages();
    String sent = render(messages);
    Reply reply = new Reply();
    long started = System.nanoTime();
    ChatCompletionsClient.Ending ending;
    try {
      ending =
          client().stream(
              messages,
              piece -> {
                String kept = reply.add(piece);
                if (!kept.isEmpty()) {
                  onPiece.accept(kept);
                }
              });
    } catch (AssistantUnavailableException e) {
      ledger.record(
          subjectType, subjectId, sectionId, sent, reply.text(), e.outcome(), millisSince(started));
      throw e;
    }
    boolean complete = ending == ChatCompletionsClient.Ending.COMPLETE;
    UUID id =
        ledger.record(
            subjectType,
            subjectId,
            sectionId,
            sent,
            reply.text(),
            complete ? Outcome.COMPLETE : Outcome.TIMEOUT,
            millisSince(started));
    if (!complete && reply.text().isEmpty()) {
      throw new AssistantUnavailableException(
          Outcome.TIMEOUT, "assistant.timeout", settings.timeout().toSeconds());
    }
    return new Suggestion(id, reply.text(), complete, reply.cut());
  }

  private static int millisSince(long started) {
    return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
  }

  private static String render(List<ChatMessage> messages) {
    StringBuilder sb = new StringBuilder();
    for (ChatMessage m : messages) {
      sb.append('[').append(m.role()).append("]\n").append(m.content()).append("\n\n");
    }
    return sb.toString().strip();
  }

  private synchronized ChatCompletionsClient client() {
    if (client == null) {
      client =
          new ChatCompletionsClient(
              settings.url().orElseThrow(),
              settings.model().orElseThrow(),
              settings.apiKey().orElse(null),
              settings.timeout());
    }
    return client;
  }

  @PreDestroy
  synchronized void close() {
    if (client != null) {
      client.close();
    }
  }
}
