package id.klik.guideline.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateReading;
import id.klik.guideline.domain.edit.TemplateOutline;
import id.klik.guideline.domain.edit.TemplateText;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The template being edited on the editor page: the tree it started from, its outline (the form) or
 * its YAML text (the advanced view), and what is wrong with it now. Checks with the same {@link
 * TemplateReader} the service saves with, so a template without problems here is one it accepts.
 */
final class TemplateEditing implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final TemplateReader READER = new TemplateReader();

  private final String label;
  private JsonNode base;
  private TemplateOutline outline;
  private String source;
  private boolean sourceMode;
  private List<EditorProblem> problems = List.of();

  /**
   * @param label what to call the template in problems, e.g. its id
   * @param tree the template as stored
   */
  TemplateEditing(String label, JsonNode tree) {
    this.label = label;
    restart(tree);
  }

  /** Starts over from a tree (as stored, or as just saved). */
  void restart(JsonNode tree) {
    base = tree.deepCopy();
    outline = TemplateOutline.of(base);
    sourceMode = !outline.isStructured();
    source = sourceMode ? TemplateText.yaml(base) : null;
    problems = List.of();
  }

  TemplateOutline outline() {
    return outline;
  }

  boolean sourceMode() {
    return sourceMode;
  }

  String source() {
    return source;
  }

  void source(String text) {
    source = text;
  }

  List<EditorProblem> problems() {
    return problems;
  }

  /** Shows the edited template as YAML text, from then on the one edited. */
  void showSource() {
    source = TemplateText.yaml(outline.applyTo(base));
    sourceMode = true;
  }

  /**
   * Goes back to the form with what the text says, when the text can be understood as a template
   * (it may still break a rule); false, and still the text, when it cannot.
   */
  boolean showForm(Locale locale) {
    TemplateReading reading = READER.read(label, source);
    if (reading.template().isEmpty()
        || !TemplateOutline.of(reading.template().get().tree()).isStructured()) {
      check(locale);
      return false;
    }
    base = reading.template().get().tree();
    outline = TemplateOutline.of(base);
    sourceMode = false;
    return true;
  }

  /** Checks the template as edited now; the problems are kept for the page. */
  Optional<JsonNode> check(Locale locale) {
    TemplateReading reading =
        sourceMode ? READER.read(label, source) : READER.check(label, outline.applyTo(base));
    problems = reading.problems().stream().map(p -> EditorProblem.of(p, locale)).toList();
    return reading.valid() ? reading.template().map(Template::tree) : Optional.empty();
  }
}
