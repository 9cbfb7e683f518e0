package id.klik.mail.domain;

import java.time.Instant;
import java.util.UUID;

/** One outbox row as clinic admins see it (parameters stay inside: they may hold personal data). */
public record OutboxMessage(
    UUID id,
    String recipient,
    String language,
    String templateKey,
    OutboxStatus status,
    int attempts,
    Instant createdAt,
    Instant sentAt,
    Instant nextAttemptAt,
    String lastError) {}
