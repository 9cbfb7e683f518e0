package id.klik.proposal.application;

import id.klik.guideline.domain.FormBody;
import id.klik.innovation.application.EvidenceItemView;
import id.klik.innovation.application.EvidenceService;
import id.klik.innovation.domain.WordCount;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import id.klik.proposal.application.ProposalAccess.Seen;
import id.klik.proposal.domain.Proposal;
import id.klik.proposal.domain.ProposalAttachment;
import id.klik.proposal.domain.ProposalChecks;
import id.klik.proposal.domain.ProposalTransitions;
import id.klik.proposal.domain.SectionContent;
import id.klik.proposal.domain.SectionRevision;
import id.klik.proposal.infrastructure.ProposalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds what pages and the API show of a proposal. Callers hold the transaction. */
@ApplicationScoped
public class ProposalViews {

  @Inject ProposalRepository proposals;
  @Inject ProposalForms forms;
  @Inject ProposalContents contents;
  @Inject EvidenceService evidence;
  @Inject TeamDirectory teams;
  @Inject WorkUnitDirectory workUnits;

  /** What the checks need besides the text: the attachments present and the evidence count. */
  record Material(
      ProposalForms.Form form,
      Map<String, SectionContent> sections,
      List<SectionRevision> revisions,
      List<ProposalAttachment> attachments,
      Set<String> evidenceSlots,
      int evidenceItems) {

    Set<String> attached() {
      Set<String> ids = new HashSet<>(evidenceSlots);
      attachments.forEach(a -> ids.add(a.attachmentId()));
      return ids;
    }

    ProposalChecks.Result check() {
      return ProposalChecks.of(form.body(), sections, attached(), evidenceItems);
    }
  }

  Material material(Proposal p) {
    ProposalForms.Form form = forms.of(p.formTemplateId());
    List<SectionRevision> revisions = contents.revisions(p.id(), p.revision());
    List<EvidenceItemView> items = evidence.list(p.innovationId());
    Set<String> slots =
        items.stream()
            .map(EvidenceItemView::slot)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return new Material(
        form,
        ProposalContents.contents(revisions),
        revisions,
        proposals.attachments(p.id()),
        slots,
        items.size());
  }

  public ProposalView of(Seen seen) {
    Proposal p = seen.proposal();
    Material m = material(p);
    Map<String, SectionRevision> bySection =
        m.revisions().stream()
            .collect(Collectors.toMap(SectionRevision::sectionId, Function.identity()));
    List<ProposalView.Section> sections = new ArrayList<>();
    List<String> hidden = seen.blind() ? hiddenNames(seen) : List.of();
    for (FormBody.Section s : m.form().body().sections()) {
      SectionContent c = m.sections().getOrDefault(s.id(), SectionContent.EMPTY);
      if (seen.blind()) {
        c = redacted(c, hidden);
      }
      SectionRevision r = bySection.get(s.id());
      sections.add(
          new ProposalView.Section(
              s,
              c,
              WordCount.of(c.text()),
              r != null && r.aiAssisted(),
              r == null ? 0 : r.number()));
    }
    Map<String, ProposalAttachment> given =
        m.attachments().stream()
            .collect(Collectors.toMap(ProposalAttachment::attachmentId, Function.identity()));
    List<ProposalView.Attachment> attachments =
        m.form().body().attachments().stream()
            .map(
                a ->
                    new ProposalView.Attachment(
                        a, given.get(a.id()), m.evidenceSlots().contains(a.id())))
            .toList();
    Set<String> next = new TreeSet<>();
    ProposalTransitions.next(p.state(), seen.sides()).forEach(s -> next.add(s.code()));
    return new ProposalView(
        p.id(),
        p.innovationId(),
        seen.blind() ? null : seen.innovation().name(),
        seen.blind() ? null : seen.innovation().teamId(),
        p.formRef(),
        m.form().title(),
        p.state().code(),
        p.revision(),
        sections,
        attachments,
        m.check().completeness(),
        seen.writer() && p.state().writable(),
        next,
        p.createdAt(),
        seen.blind() ? null : p.createdBy(),
        p.updatedAt(),
        seen.blind() ? null : p.updatedBy(),
        seen.blind());
  }

  /**
   * What a blind reviewer must not read in the text: the innovation's, the team's, its members' and
   * the work unit's names (longest first, so a name inside another goes with it).
   */
  private List<String> hiddenNames(Seen seen) {
    List<String> names = new ArrayList<>();
    names.add(seen.innovation().name());
    UUID teamId = seen.innovation().teamId();
    if (teamId != null) {
      teams
          .find(teamId)
          .ifPresent(
              t -> {
                names.add(t.name());
                t.members()
                    .forEach(
                        x -> {
                          names.add(x.username());
                          names.add(x.name());
                        });
              });
    }
    UUID unitId = seen.innovation().workUnitId();
    if (unitId != null) {
      workUnits.find(unitId).ifPresent(u -> names.add(u.name()));
    }
    names.removeIf(n -> n == null || n.isBlank());
    names.sort(Comparator.comparingInt(String::length).reversed());
    return names;
  }

  static SectionContent redacted(SectionContent c, List<String> hidden) {
    Map<String, String> fields = new TreeMap<>();
    c.fields().forEach((k, v) -> fields.put(k, blackOut(v, hidden)));
    return new SectionContent(blackOut(c.text(), hidden), fields);
  }

  static String blackOut(String text, List<String> hidden) {
    String out = text == null ? "" : text;
    for (String n : hidden) {
      out =
          Pattern.compile(Pattern.quote(n), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(out)
              .replaceAll("███");
    }
    return out;
  }

  /** A list line; {@code titles}: the forms' titles by template id. */
  ProposalSummary summary(Seen seen, Map<String, id.klik.shared.domain.LocalizedText> titles) {
    Proposal p = seen.proposal();
    var title = titles.get(p.formTemplateId());
    return new ProposalSummary(
        p.id(),
        seen.blind() ? null : p.innovationId(),
        seen.blind() ? null : seen.innovation().name(),
        p.formRef(),
        title,
        p.state().code(),
        p.revision(),
        p.updatedAt(),
        seen.blind() ? null : p.updatedBy());
  }
}
