package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A section of a form: title, guidance, whether it must be filled in and its minimum number of
 * words. Its fields are kept as they are.
 */
public final class SectionEdit extends ItemEdit {

  private static final long serialVersionUID = 1L;

  private final TextEdit title;
  private final TextEdit guidance;
  private final Boolean readRequired;
  private boolean required;
  private final Integer readMinWords;
  private Integer minWords;

  private SectionEdit(String id, JsonNode node) {
    super(id);
    this.title = TextEdit.of(node.get("title"));
    this.guidance = TextEdit.of(node.get("guidance"));
    this.readRequired = node.path("required").isBoolean() ? node.get("required").asBoolean() : null;
    this.required = Boolean.TRUE.equals(readRequired);
    this.readMinWords =
        node.path("minWords").isIntegralNumber() ? node.get("minWords").asInt() : null;
    this.minWords = readMinWords;
  }

  static SectionEdit read(JsonNode node) {
    return new SectionEdit(node.path("id").asText(), node);
  }

  static SectionEdit create() {
    return new SectionEdit(null, MissingNode.getInstance());
  }

  public TextEdit getTitle() {
    return title;
  }

  public TextEdit getGuidance() {
    return guidance;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  /** The minimum number of words; null when the section sets none. */
  public Integer getMinWords() {
    return minWords;
  }

  public void setMinWords(Integer minWords) {
    this.minWords = minWords;
  }

  @Override
  String idSource() {
    return title.getId();
  }

  @Override
  String idFallback() {
    return "section";
  }

  @Override
  void writeTo(ObjectNode node) {
    title.writeTo(node, "title", false, "guidance", "required", "minWords", "maxWords", "fields");
    guidance.writeTo(node, "guidance", true, "required", "minWords", "maxWords", "fields");
    boolean requiredUnchanged = readRequired == null ? !required : readRequired == required;
    if (!requiredUnchanged) {
      ObjectFields.put(
          node, "required", BooleanNode.valueOf(required), "minWords", "maxWords", "fields");
    }
    if (!Objects.equals(readMinWords, minWords)) {
      if (minWords == null) {
        node.remove("minWords");
      } else {
        ObjectFields.put(node, "minWords", IntNode.valueOf(minWords), "maxWords", "fields");
      }
    }
  }
}
