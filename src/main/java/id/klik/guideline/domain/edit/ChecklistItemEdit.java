package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A checklist item of a clinic step: its text and whether it is required. */
public final class ChecklistItemEdit extends ItemEdit {

  private static final long serialVersionUID = 1L;

  private final TextEdit text;
  private final Boolean readRequired;
  private boolean required;

  private ChecklistItemEdit(String id, TextEdit text, Boolean readRequired) {
    super(id);
    this.text = text;
    this.readRequired = readRequired;
    this.required = Boolean.TRUE.equals(readRequired);
  }

  static ChecklistItemEdit read(JsonNode node) {
    JsonNode required = node.path("required");
    return new ChecklistItemEdit(
        node.path("id").asText(),
        TextEdit.of(node.get("text")),
        required.isBoolean() ? required.asBoolean() : null);
  }

  static ChecklistItemEdit create() {
    return new ChecklistItemEdit(null, TextEdit.blank(), null);
  }

  public TextEdit getText() {
    return text;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  @Override
  String idSource() {
    return text.getId();
  }

  @Override
  String idFallback() {
    return "item";
  }

  @Override
  void writeTo(ObjectNode node) {
    text.writeTo(node, "text", false, "required", "evidence");
    // an absent "required" means false: leave it absent until someone ticks it
    boolean unchanged = readRequired == null ? !required : readRequired == required;
    if (!unchanged) {
      ObjectFields.put(node, "required", BooleanNode.valueOf(required), "evidence");
    }
  }
}
