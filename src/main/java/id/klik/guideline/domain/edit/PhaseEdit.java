package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A phase of a clinic (planning, programs, assistance, evaluation) with its steps. Phases are the
 * clinic's frame: the outline edits what is inside them, not the phases themselves.
 */
public final class PhaseEdit extends ItemEdit {

  private static final long serialVersionUID = 1L;

  private final TextEdit title;
  private final EditableList<StepEdit> steps;

  private PhaseEdit(String id, JsonNode node) {
    super(id);
    this.title = TextEdit.of(node.get("title"));
    this.steps = EditableList.read(node.path("steps"), StepEdit::read);
  }

  static PhaseEdit read(JsonNode node) {
    return new PhaseEdit(node.path("id").asText(), node);
  }

  public TextEdit getTitle() {
    return title;
  }

  public EditableList<StepEdit> getSteps() {
    return steps;
  }

  /** Adds a step without title at the end of the phase and gives it back. */
  public StepEdit addStep() {
    StepEdit step = StepEdit.create();
    steps.add(step);
    return step;
  }

  @Override
  String idSource() {
    return title.getId();
  }

  @Override
  String idFallback() {
    return "phase";
  }

  @Override
  void writeTo(ObjectNode node) {
    title.writeTo(node, "title", false, "summary", "steps");
    ObjectFields.put(node, "steps", steps.applyTo(node.path("steps")));
  }
}
