package id.klik.review.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A registration with its screening outcome, for the organisers. */
public record RegistrationView(
    UUID id,
    UUID competitionId,
    UUID proposalId,
    UUID innovationId,
    String title,
    UUID teamId,
    String teamName,
    UUID workUnitId,
    String workUnitName,
    String category,
    String status,
    List<String> checklist,
    String rejectionReason,
    String screeningNote,
    String screenedBy,
    boolean finalist,
    Integer finalRank,
    String registeredBy,
    OffsetDateTime registeredAt) {}
