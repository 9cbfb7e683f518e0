package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.Locale;

/**
 * A text in Bahasa Indonesia and English being edited. Until it is edited it is written back
 * exactly as it was read (plain text or {@code {id, en}}); an edited text is written as {@code {id,
 * en}}, without {@code en} when it is blank because the schema does not allow an empty one.
 */
public final class TextEdit implements Serializable {

  private static final long serialVersionUID = 1L;

  private final boolean present;
  private final String readId;
  private final String readEn;
  private String id;
  private String en;

  private TextEdit(boolean present, String id, String en) {
    this.present = present;
    this.readId = id;
    this.readEn = en;
    this.id = id;
    this.en = en;
  }

  /** The text of a field as read: plain, {@code {id, en}}, or missing. */
  static TextEdit of(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return new TextEdit(false, "", "");
    }
    if (node.isTextual()) {
      return new TextEdit(true, node.asText(), "");
    }
    return new TextEdit(true, node.path("id").asText(""), node.path("en").asText(""));
  }

  /** A text not written yet, for a new item. */
  static TextEdit blank() {
    return new TextEdit(false, "", "");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id == null ? "" : id;
  }

  public String getEn() {
    return en;
  }

  public void setEn(String en) {
    this.en = en == null ? "" : en;
  }

  /** English when asked for and written, Bahasa Indonesia otherwise. */
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) && !en.isBlank() ? en : id;
  }

  boolean isEdited() {
    return !id.strip().equals(readId.strip()) || !en.strip().equals(readEn.strip());
  }

  private boolean isBlank() {
    return id.isBlank() && en.isBlank();
  }

  /**
   * Writes the text into its field. An optional text emptied by the person is removed; a required
   * one is written empty, so that the check names the field.
   *
   * @param before the fields a new field is placed in front of, see {@link ObjectFields#put}
   */
  void writeTo(ObjectNode parent, String field, boolean optional, String... before) {
    if (!isEdited() && (present || optional)) {
      return;
    }
    if (optional && isBlank()) {
      parent.remove(field);
      return;
    }
    ObjectNode text = JsonNodeFactory.instance.objectNode().put("id", id.strip());
    if (!en.isBlank()) {
      text.put("en", en.strip());
    }
    ObjectFields.put(parent, field, text, before);
  }
}
