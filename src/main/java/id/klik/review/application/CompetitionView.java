package id.klik.review.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A competition with its counts, as the board and the API show it. */
public record CompetitionView(
    UUID id,
    String name,
    String programRef,
    String rubricRef,
    LocalDate registrationOpens,
    LocalDate registrationCloses,
    boolean blind,
    String status,
    boolean demo,
    int registrations,
    int accepted,
    int rejected,
    int finalists,
    OffsetDateTime finalistsChosenAt,
    OffsetDateTime resultsPublishedAt,
    long version) {}
