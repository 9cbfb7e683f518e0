package id.klik.innovation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One innovation as the portfolio list shows it; {@code rank} is 0 without search words. */
public record InnovationSummary(
    UUID id,
    String name,
    UUID workUnitId,
    UUID teamId,
    String stage,
    String kind,
    String form,
    String initiator,
    String primaryAffair,
    LocalDate trialDate,
    LocalDate applicationDate,
    BigDecimal budgetAmount,
    String status,
    boolean shared,
    int narrativeWords,
    Instant updatedAt,
    String summary,
    double rank) {}
