package id.klik.program.domain;

import id.klik.shared.domain.LocalizedText;
import java.time.LocalDateTime;

/**
 * A session or window as the blueprint proposes it, in the tenant's local time; the clinic adjusts
 * it before the program opens.
 *
 * @param activityId the blueprint activity it comes from
 * @param mode {@code in-person}, {@code online} or null as the blueprint says
 */
public record ProposedSession(
    String activityId,
    SessionKind kind,
    LocalizedText title,
    LocalDateTime start,
    LocalDateTime end,
    String mode) {}
