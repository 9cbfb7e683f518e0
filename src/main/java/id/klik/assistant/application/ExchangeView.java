package id.klik.assistant.application;

import id.klik.assistant.domain.Exchange;
import java.time.Instant;
import java.util.UUID;

/** One exchange as the admin reads it. */
public record ExchangeView(
    UUID id,
    Instant at,
    String actor,
    String subjectType,
    String subjectId,
    String sectionId,
    String model,
    String sent,
    String received,
    String outcome,
    int durationMs) {

  static ExchangeView of(Exchange e) {
    return new ExchangeView(
        e.id(),
        e.at(),
        e.actor(),
        e.subjectType(),
        e.subjectId(),
        e.sectionId(),
        e.model(),
        e.sent(),
        e.received(),
        e.outcome(),
        e.durationMs());
  }
}
