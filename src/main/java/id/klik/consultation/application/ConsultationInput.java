package id.klik.consultation.application;

import java.util.List;
import java.util.UUID;

/**
 * A team's request.
 *
 * @param mentor the mentor's username, or null (blank) for the clinic
 * @param preferred preferred slot starts (ISO instants or offset date-times), 1 to 5
 * @param minutes length, default 60
 */
public record ConsultationInput(
    UUID teamId,
    UUID innovationId,
    String topic,
    String mentor,
    List<String> preferred,
    Integer minutes) {}
