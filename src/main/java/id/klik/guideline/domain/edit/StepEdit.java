package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Objects;

/** A step of a clinic phase: title, guidance, the role responsible and its checklist. */
public final class StepEdit extends ItemEdit {

  private static final long serialVersionUID = 1L;

  private final TextEdit title;
  private final TextEdit guidance;
  private final String readRole;
  private String responsibleRole;
  private final boolean hadChecklist;
  private final EditableList<ChecklistItemEdit> checklist;

  private StepEdit(String id, JsonNode node) {
    super(id);
    this.title = TextEdit.of(node.get("title"));
    this.guidance = TextEdit.of(node.get("guidance"));
    this.readRole =
        node.path("responsibleRole").isTextual() ? node.get("responsibleRole").asText() : null;
    this.responsibleRole = readRole;
    this.hadChecklist = node.has("checklist");
    this.checklist = EditableList.read(node.path("checklist"), ChecklistItemEdit::read);
  }

  static StepEdit read(JsonNode node) {
    return new StepEdit(node.path("id").asText(), node);
  }

  static StepEdit create() {
    return new StepEdit(null, MissingNode.getInstance());
  }

  public TextEdit getTitle() {
    return title;
  }

  public TextEdit getGuidance() {
    return guidance;
  }

  /** The role code, e.g. {@code clinic-admin}; null or blank when no role is named. */
  public String getResponsibleRole() {
    return responsibleRole;
  }

  public void setResponsibleRole(String responsibleRole) {
    this.responsibleRole =
        responsibleRole == null || responsibleRole.isBlank() ? null : responsibleRole;
  }

  public EditableList<ChecklistItemEdit> getChecklist() {
    return checklist;
  }

  /** Adds an empty checklist item at the end and gives it back. */
  public ChecklistItemEdit addItem() {
    ChecklistItemEdit item = ChecklistItemEdit.create();
    checklist.add(item);
    return item;
  }

  @Override
  String idSource() {
    return title.getId();
  }

  @Override
  String idFallback() {
    return "step";
  }

  @Override
  void writeTo(ObjectNode node) {
    title.writeTo(node, "title", false, "guidance", "responsibleRole", "program", "checklist");
    guidance.writeTo(node, "guidance", true, "responsibleRole", "program", "checklist");
    if (!Objects.equals(readRole, responsibleRole)) {
      if (responsibleRole == null) {
        node.remove("responsibleRole");
      } else {
        ObjectFields.put(
            node, "responsibleRole", TextNode.valueOf(responsibleRole), "program", "checklist");
      }
    }
    if (hadChecklist || checklist.getSize() > 0) {
      ObjectFields.put(node, "checklist", checklist.applyTo(node.path("checklist")));
    }
  }
}
