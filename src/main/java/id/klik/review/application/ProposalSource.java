package id.klik.review.application;

import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What reviews need of a proposal, read through the proposal context (the caller must be allowed to
 * see it: its team, the clinic, or a reviewer assigned to it).
 */
@ApplicationScoped
public class ProposalSource {

  /** A proposal as reviews read it: its innovation, title, state and its sections' text. */
  public record Facts(
      UUID id, UUID innovationId, String title, String state, List<Section> sections) {}

  /** A section of the proposal's form with the text written in it. */
  public record Section(String id, LocalizedText title, String text) {}

  /** The proposal, or 404 when the caller may not see it. */
  public Facts readable(UUID proposalId) {
    throw new NotFoundException("review", proposalId);
  }
}
