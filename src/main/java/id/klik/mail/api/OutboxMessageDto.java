package id.klik.mail.api;

import id.klik.mail.domain.OutboxMessage;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One outbox message as the API shows it. */
@Schema(name = "OutboxMessage")
public record OutboxMessageDto(
    UUID id,
    String recipient,
    @Schema(description = "Language of the text: id or en") String language,
    @Schema(description = "Template key, e.g. welcome") String template,
    @Schema(description = "QUEUED, SENDING, SENT or FAILED") String status,
    @Schema(description = "Send attempts so far") int attempts,
    Instant createdAt,
    Instant sentAt,
    @Schema(description = "When a QUEUED message is tried next") Instant nextAttemptAt,
    @Schema(description = "The last attempt's error, null once sent") String lastError) {

  static OutboxMessageDto of(OutboxMessage m) {
    return new OutboxMessageDto(
        m.id(),
        m.recipient(),
        m.language(),
        m.templateKey(),
        m.status().name(),
        m.attempts(),
        m.createdAt(),
        m.sentAt(),
        m.nextAttemptAt(),
        m.lastError());
  }
}
