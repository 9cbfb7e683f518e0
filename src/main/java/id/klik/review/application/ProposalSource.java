package id.klik.review.application;

import id.klik.proposal.application.ProposalService;
import id.klik.proposal.application.ProposalView;
import id.klik.shared.domain.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What reviews need of a proposal, read through the proposal context: the caller must be allowed to
 * see it (its team, the clinic, or a reviewer assigned to it through {@link ReviewGrants}).
 */
@ApplicationScoped
public class ProposalSource {

  @Inject ProposalService proposals;

  /** A proposal as reviews read it: its innovation, title, state and its sections' text. */
  public record Facts(
      UUID id, UUID innovationId, String title, String state, List<Section> sections) {}

  /** A section of the proposal's form with the text written in it. */
  public record Section(String id, LocalizedText title, String text) {}

  /** The proposal, or 404 when the caller may not see it. */
  @Transactional
  public Facts readable(UUID proposalId) {
    ProposalView v = proposals.get(proposalId);
    return new Facts(
        v.id(),
        v.innovationId(),
        v.innovationName(),
        v.state(),
        v.sections().stream()
            .map(s -> new Section(s.form().id(), s.form().title(), text(s)))
            .toList());
  }

  private static String text(ProposalView.Section s) {
    if (s.content() == null) {
      return "";
    }
    Map<String, String> fields = s.content().fields();
    String extra =
        fields.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("\n"));
    return extra.isEmpty() ? s.content().text() : (s.content().text() + "\n" + extra).strip();
  }
}
