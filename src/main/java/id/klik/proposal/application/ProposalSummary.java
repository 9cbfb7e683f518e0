package id.klik.proposal.application;

import id.klik.shared.domain.LocalizedText;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A line of the proposals list. */
public record ProposalSummary(
    UUID id,
    UUID innovationId,
    String innovationName,
    String formRef,
    LocalizedText formTitle,
    String state,
    int revision,
    OffsetDateTime updatedAt,
    String updatedBy) {}
