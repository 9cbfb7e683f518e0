package id.klik.proposal.application;

import id.klik.assistant.application.Suggestion;
import id.klik.assistant.application.WritingAssistant;
import id.klik.assistant.domain.AssistRequest;
import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.domain.FormBody;
import id.klik.guideline.domain.RubricBody;
import id.klik.guideline.domain.TemplateRef;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * AI suggestions for a proposal's section: for its writers only (the team, the clinic), when the
 * deployment has an endpoint and the tenant's admin switched it on (409 otherwise). The text asked
 * about is the one the writer has in front of them, or else the section's saved text; the model
 * gets the section's guidance and the criteria of the competition rubric. Never part of saving: a
 * writer who accepts a suggestion saves it with {@code aiAssisted}.
 */
@ApplicationScoped
public class ProposalAssist {

  /** The rubric whose criteria a suggestion is written against. */
  static final String RUBRIC = "city-competition-rubric@1.0.0";

  @Inject ProposalService proposals;
  @Inject ProposalAccess access;
  @Inject WritingAssistant assistant;
  @Inject TemplateLibrary library;

  /** What a suggestion is asked with; checked before any byte of an answer is written. */
  public record Prepared(UUID proposalId, String sectionId, AssistRequest request) {}

  public Prepared prepare(UUID id, String sectionId, String text, String language) {
    access.writable(id);
    ProposalView view = proposals.get(id);
    ProposalView.Section section = view.section(sectionId);
    if (section == null) {
      throw new NotFoundException("section", sectionId);
    }
    assistant.requireAvailable();
    FormBody.Section form = section.form();
    String current = text != null ? text : section.content().text();
    return new Prepared(
        id,
        sectionId,
        new AssistRequest(
            indonesian(form.title()), indonesian(form.guidance()), criteria(), current, language));
  }

  public Suggestion suggest(Prepared prepared, Consumer<String> onPiece) {
    return assistant.suggest(
        ProposalAccess.PROPOSAL,
        prepared.proposalId().toString(),
        prepared.sectionId(),
        prepared.request(),
        onPiece);
  }

  private List<String> criteria() {
    return library
        .find(TemplateRef.parse(RUBRIC))
        .filter(p -> p.template().body() instanceof RubricBody)
        .map(p -> (RubricBody) p.template().body())
        .map(
            r ->
                r.criteria().stream()
                    .map(
                        c ->
                            indonesian(c.title())
                                + " (bobot "
                                + c.weight().stripTrailingZeros().toPlainString()
                                + ")"
                                + (c.guidance() == null ? "" : ": " + indonesian(c.guidance())))
                    .toList())
        .orElse(List.of());
  }

  private static String indonesian(LocalizedText t) {
    return t == null ? "" : t.id();
  }
}
