package id.klik.proposal.application;

import id.klik.identity.application.CurrentUser;
import id.klik.innovation.application.InnovationAccess;
import id.klik.innovation.application.InnovationService;
import id.klik.innovation.application.InnovationView;
import id.klik.proposal.application.ProposalAccess.Seen;
import id.klik.proposal.domain.Proposal;
import id.klik.proposal.domain.ProposalState;
import id.klik.proposal.domain.ProposalTransitions;
import id.klik.proposal.domain.ProposalVersion;
import id.klik.proposal.domain.SectionContent;
import id.klik.proposal.domain.SectionRevision;
import id.klik.proposal.infrastructure.ProposalRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts proposals, saves their sections (each save a version) and moves them between states. A
 * proposal in the IID profile form starts from the innovation's profile and writes its sections
 * back into it ({@link IidProfileMapping}, {@link ProfileFollower} for the other way).
 */
@ApplicationScoped
public class ProposalService {

  static final String ENTITY = "proposal";

  @Inject ProposalRepository proposals;
  @Inject ProposalAccess access;
  @Inject ProposalForms forms;
  @Inject ProposalContents contents;
  @Inject ProposalViews views;
  @Inject InnovationAccess innovationAccess;
  @Inject InnovationService innovations;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /** The proposals the caller may see, the most recently changed first. */
  @Transactional
  public List<ProposalSummary> list() {
    List<ProposalSummary> out = new ArrayList<>();
    Map<String, id.klik.shared.domain.LocalizedText> titles = new java.util.HashMap<>();
    forms.available().forEach(f -> titles.put(f.templateId(), f.title()));
    for (Proposal p : proposals.all()) {
      access.seen(p).ifPresent(seen -> out.add(views.summary(seen, titles)));
    }
    return out;
  }

  @Transactional
  public ProposalView get(UUID id) {
    return views.of(access.readable(id));
  }

  /**
   * Starts a proposal for an innovation the caller may change, in a form the clinic offers. In the
   * IID profile form its first version is the innovation's profile.
   */
  @Transactional
  public ProposalView create(UUID innovationId, String formRef) {
    if (innovationId == null) {
      throw ValidationException.of("innovationId", "proposal.required");
    }
    ProposalForms.Form form = forms.require(formRef);
    innovationAccess.editable(innovationId);
    String actor = currentUser.actor();
    Proposal p = new Proposal(innovationId, form.templateId(), form.version(), actor);
    proposals.store(p);
    if (form.iidProfile()) {
      InnovationView innovation = innovations.get(innovationId);
      Map<String, SectionContent> fromProfile =
          IidProfileMapping.sections(innovation.profile(), innovation.workUnitName());
      Map<String, SectionContent> filled = new java.util.LinkedHashMap<>();
      fromProfile.forEach(
          (section, content) -> {
            if (form.section(section) != null && !content.asText().isBlank()) {
              filled.put(section, content);
            }
          });
      if (!filled.isEmpty()) {
        writeVersion(p, filled, false, actor);
      }
    }
    proposals.flush();
    audit.record("CREATE", ENTITY, p.id(), form.ref() + " for innovation " + innovationId);
    return get(p.id());
  }

  /**
   * Saves one section as a new version. Nothing changes (and no version is kept) when the content
   * is what the section already holds.
   *
   * @param expectedRevision the revision the writer read (If-Match), or null to not check
   */
  @Transactional
  public ProposalView saveSection(
      UUID id, String sectionId, SectionInput input, Long expectedRevision) {
    Proposal p = proposals.lock(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    Seen seen = access.seen(p).orElseThrow(() -> new NotFoundException(ENTITY, id));
    if (!seen.writer()) {
      throw new AccessDeniedException("error.forbidden");
    }
    ProposalForms.Form form = forms.of(p.formTemplateId());
    var section = form.section(sectionId);
    if (section == null) {
      throw new NotFoundException("section", sectionId);
    }
    SectionContent next = validated(section, input);
    if (!p.state().writable()) {
      throw new ConflictException("proposal.locked", p.state().code());
    }
    if (expectedRevision != null && expectedRevision != p.revision()) {
      throw new ConflictException("error.concurrentEdit");
    }
    SectionContent current =
        contents.at(p.id(), p.revision()).getOrDefault(sectionId, SectionContent.EMPTY);
    if (current.equals(next)) {
      return views.of(seen);
    }
    String actor = currentUser.actor();
    int n =
        writeVersion(p, Map.of(sectionId, next), Boolean.TRUE.equals(input.aiAssisted()), actor);
    audit.record("UPDATE", ENTITY, p.id(), "section " + sectionId + ", version " + n);
    if (form.iidProfile()) {
      ProfileFollower.writeBack(innovations, p.innovationId(), sectionId, next);
    }
    return views.of(seen);
  }

  /** Hands the proposal in (the team). */
  @Transactional
  public ProposalView submit(UUID id) {
    return move(id, ProposalState.SUBMITTED.code());
  }

  /** Moves the proposal to another state, if the caller's side may make that move. */
  @Transactional
  public ProposalView move(UUID id, String toCode) {
    ProposalState to =
        ProposalState.ofCode(toCode == null ? "" : toCode)
            .orElseThrow(() -> ValidationException.of("state", "proposal.stateUnknown", toCode));
    Proposal p = proposals.lock(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    Seen seen = access.seen(p).orElseThrow(() -> new NotFoundException(ENTITY, id));
    ProposalState from = p.state();
    if (!ProposalTransitions.exists(from, to)) {
      throw new ConflictException("proposal.moveImpossible", from.code(), to.code());
    }
    if (!ProposalTransitions.allowed(from, to, seen.sides())) {
      throw new AccessDeniedException("error.forbidden");
    }
    p.moveTo(to, currentUser.actor());
    audit.record("STATE", ENTITY, p.id(), from.code() + " → " + to.code());
    return views.of(seen);
  }

  /** Stores one version with these sections' new content; answers its number. */
  int writeVersion(
      Proposal p, Map<String, SectionContent> changed, boolean aiAssisted, String actor) {
    int n = p.nextRevision(actor);
    List<String> ids = new ArrayList<>(changed.keySet());
    proposals.store(new ProposalVersion(p.id(), n, actor, ids, aiAssisted));
    changed.forEach(
        (section, content) ->
            proposals.store(
                new SectionRevision(
                    p.id(),
                    section,
                    n,
                    content.text(),
                    SectionCodec.write(content.fields()),
                    aiAssisted)));
    return n;
  }

  private static SectionContent validated(
      id.klik.guideline.domain.FormBody.Section section, SectionInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    String text = input.text() == null ? "" : input.text().replace("\r\n", "\n");
    if (text.length() > SectionInput.MAX_TEXT) {
      throw ValidationException.of("text", "proposal.textTooLong", SectionInput.MAX_TEXT);
    }
    Map<String, String> fields = input.fields() == null ? Map.of() : input.fields();
    for (var e : fields.entrySet()) {
      if (section.fields().stream().noneMatch(f -> f.id().equals(e.getKey()))) {
        throw ValidationException.of("fields", "proposal.fieldUnknown", e.getKey());
      }
      if (e.getValue() != null && e.getValue().length() > SectionInput.MAX_FIELD) {
        throw ValidationException.of(
            "fields." + e.getKey(), "proposal.fieldTooLong", SectionInput.MAX_FIELD);
      }
    }
    return new SectionContent(text, fields);
  }
}
