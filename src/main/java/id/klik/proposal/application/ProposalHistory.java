package id.klik.proposal.application;

import id.klik.guideline.domain.FormBody;
import id.klik.proposal.application.ProposalAccess.Seen;
import id.klik.proposal.domain.SectionContent;
import id.klik.proposal.domain.WordDiff;
import id.klik.proposal.infrastructure.ProposalRepository;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A proposal's versions, and any two of them compared. */
@ApplicationScoped
public class ProposalHistory {

  @Inject ProposalRepository proposals;
  @Inject ProposalAccess access;
  @Inject ProposalForms forms;
  @Inject ProposalContents contents;

  /** Newest first. */
  @Transactional
  public List<VersionView> versions(UUID id) {
    access.readableOpenly(id);
    return proposals.versions(id).stream()
        .map(
            v ->
                new VersionView(
                    v.number(), v.savedAt(), v.savedBy(), v.changedSections(), v.aiAssisted()))
        .toList();
  }

  /**
   * Version {@code from} against version {@code to} (0 is the empty proposal before the first
   * save), for every section of the form, in the form's order.
   */
  @Transactional
  public DiffView diff(UUID id, int from, int to) {
    Seen seen = access.readableOpenly(id);
    int newest = seen.proposal().revision();
    for (int n : new int[] {from, to}) {
      if (n < 0 || n > newest) {
        throw new NotFoundException("version", n);
      }
    }
    Map<String, SectionContent> a = contents.at(id, from);
    Map<String, SectionContent> b = contents.at(id, to);
    Map<String, LocalizedText> titles = new LinkedHashMap<>();
    for (FormBody.Section s : forms.of(seen.proposal().formTemplateId()).body().sections()) {
      titles.put(s.id(), s.title());
    }
    a.keySet().forEach(k -> titles.putIfAbsent(k, LocalizedText.of(k)));
    b.keySet().forEach(k -> titles.putIfAbsent(k, LocalizedText.of(k)));
    List<DiffView.Section> sections = new ArrayList<>();
    titles.forEach(
        (section, title) -> {
          String before = a.getOrDefault(section, SectionContent.EMPTY).asText();
          String after = b.getOrDefault(section, SectionContent.EMPTY).asText();
          if (before.equals(after)) {
            sections.add(new DiffView.Section(section, title, false, 0, 0, List.of()));
          } else {
            WordDiff diff = WordDiff.between(before, after);
            sections.add(
                new DiffView.Section(
                    section, title, true, diff.addedWords(), diff.removedWords(), diff.segments()));
          }
        });
    return new DiffView(from, to, sections);
  }
}
