package id.klik.consultation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A consultation as its readers see it.
 *
 * @param mentor null for the clinic
 * @param startsAt null until confirmed
 */
public record ConsultationView(
    UUID id,
    UUID teamId,
    String teamName,
    UUID innovationId,
    String topic,
    String mentor,
    String mentorName,
    boolean mentorNational,
    String status,
    List<Instant> preferred,
    int minutes,
    Instant startsAt,
    Instant endsAt,
    int sequence,
    String notes,
    String followUp,
    List<Item> actionItems,
    boolean demo,
    Instant createdAt) {

  /** An action item. */
  public record Item(String text, String owner, LocalDate due, boolean done)
      implements java.io.Serializable {}
}
