package id.klik.proposal.application;

import id.klik.proposal.domain.SectionContent;
import id.klik.proposal.domain.SectionRevision;
import id.klik.proposal.infrastructure.ProposalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A proposal's sections as one of its versions left them. Callers hold the transaction. */
@ApplicationScoped
public class ProposalContents {

  @Inject ProposalRepository proposals;

  /** Each section's content at version {@code number} (0: nothing written yet). */
  public Map<String, SectionContent> at(UUID proposalId, int number) {
    return contents(revisions(proposalId, number));
  }

  public List<SectionRevision> revisions(UUID proposalId, int number) {
    return number <= 0 ? List.of() : proposals.contentAt(proposalId, number);
  }

  static Map<String, SectionContent> contents(List<SectionRevision> revisions) {
    Map<String, SectionContent> out = new HashMap<>();
    for (SectionRevision r : revisions) {
      out.put(r.sectionId(), new SectionContent(r.body(), SectionCodec.read(r.fieldsJson())));
    }
    return out;
  }
}
