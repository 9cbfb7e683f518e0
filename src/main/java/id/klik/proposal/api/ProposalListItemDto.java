package id.klik.proposal.api;

import id.klik.proposal.application.ProposalSummary;
import id.klik.shared.domain.LocalizedText;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A line of the proposals list. */
public record ProposalListItemDto(
    UUID id,
    UUID innovationId,
    String innovationName,
    String form,
    LocalizedText formTitle,
    String state,
    int revision,
    OffsetDateTime updatedAt,
    String updatedBy) {

  static ProposalListItemDto of(ProposalSummary s) {
    return new ProposalListItemDto(
        s.id(),
        s.innovationId(),
        s.innovationName(),
        s.formRef(),
        s.formTitle(),
        s.state(),
        s.revision(),
        s.updatedAt(),
        s.updatedBy());
  }
}
