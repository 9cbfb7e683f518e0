package id.klik.guideline.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a template describes; each kind has its own JSON Schema and model. */
public enum TemplateKind {
  /**
   * A clinic's way of working: phases, steps, checklists, responsible roles, the templates used.
   */
  CLINIC("clinic"),
  /** An innovation journey: stages and the artifacts each asks for. */
  JOURNEY("journey"),
  /** A proposal or profile form: sections, guidance, minimum words, fields, attachments. */
  FORM("form"),
  /** A review rubric: criteria, weights, scale, descriptors. */
  RUBRIC("rubric"),
  /** A program blueprint: an academy, a coaching clinic, a workshop, a competition. */
  PROGRAM("program"),
  /** A yearly national innovation index model (IID). */
  INDEX_MODEL("index-model");

  private final String code;

  TemplateKind(String code) {
    this.code = code;
  }

  /** The value of the {@code kind} field in a template file. */
  @JsonValue
  public String code() {
    return code;
  }

  public static Optional<TemplateKind> fromCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }

  @JsonCreator
  static TemplateKind ofCode(String code) {
    return fromCode(code)
        .orElseThrow(() -> new IllegalArgumentException("Unknown template kind: " + code));
  }
}
