package id.klik.proposal.application;

import id.klik.identity.application.CurrentUser;
import id.klik.innovation.application.InnovationInput;
import id.klik.innovation.application.InnovationSaved;
import id.klik.innovation.application.InnovationService;
import id.klik.innovation.application.InnovationView;
import id.klik.proposal.domain.Proposal;
import id.klik.proposal.domain.SectionContent;
import id.klik.proposal.infrastructure.ProposalRepository;
import id.klik.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps an innovation's profile and its proposals in the IID profile form the same, both ways: a
 * saved section of the proposal is written into the profile, and a changed profile becomes a new
 * version of every such proposal still being written (draft or revise). A change that came from a
 * proposal is not echoed back into it.
 */
@ApplicationScoped
public class ProfileFollower {

  /** Set while a proposal writes into the profile, so the profile's event does not come back. */
  private static final ThreadLocal<Boolean> WRITING_BACK = new ThreadLocal<>();

  @Inject ProposalRepository proposals;
  @Inject ProposalForms forms;
  @Inject ProposalContents contents;
  @Inject ProposalService service;
  @Inject InnovationService innovations;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /** Writes a saved section of an IID profile proposal into the innovation's profile. */
  static void writeBack(
      InnovationService innovations, UUID innovationId, String sectionId, SectionContent content) {
    if (!IidProfileMapping.maps(sectionId)) {
      return;
    }
    InnovationView current = innovations.get(innovationId);
    InnovationInput next = IidProfileMapping.apply(current.profile(), sectionId, content);
    if (next == null || next.equals(InnovationInput.of(current.profile()))) {
      return;
    }
    WRITING_BACK.set(Boolean.TRUE);
    try {
      innovations.update(innovationId, next, null);
    } finally {
      WRITING_BACK.remove();
    }
  }

  void onSaved(@Observes InnovationSaved saved) {
    if (Boolean.TRUE.equals(WRITING_BACK.get())) {
      return;
    }
    var following =
        proposals.ofInnovation(saved.ref().id()).stream()
            .filter(p -> ProposalForms.IID_PROFILE.equals(p.formTemplateId()))
            .filter(p -> p.state().writable())
            .toList();
    if (following.isEmpty()) {
      return;
    }
    InnovationView innovation = innovations.get(saved.ref().id());
    Map<String, SectionContent> profile =
        IidProfileMapping.sections(innovation.profile(), innovation.workUnitName());
    for (Proposal listed : following) {
      Proposal p = proposals.lock(listed.id()).orElseThrow();
      Map<String, SectionContent> now = contents.at(p.id(), p.revision());
      Map<String, SectionContent> changed = new LinkedHashMap<>();
      profile.forEach(
          (section, fromProfile) -> {
            SectionContent current = now.getOrDefault(section, SectionContent.EMPTY);
            SectionContent next = merged(current, fromProfile);
            if (!next.equals(current)) {
              changed.put(section, next);
            }
          });
      if (!changed.isEmpty()) {
        int n = service.writeVersion(p, changed, false, currentUser.actor());
        audit.record(
            "SYNC", ProposalService.ENTITY, p.id(), "from the innovation profile, version " + n);
      }
    }
  }

  /** The profile's values over the proposal's; a blank profile value leaves the proposal's. */
  static SectionContent merged(SectionContent current, SectionContent fromProfile) {
    Map<String, String> fields = new TreeMap<>(current.fields());
    fields.putAll(fromProfile.fields());
    String text = fromProfile.text().isBlank() ? current.text() : fromProfile.text();
    return new SectionContent(text, fields);
  }
}
