package id.klik.guideline.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** A reference to one published version of a template, written {@code id@version}. */
public record TemplateRef(String templateId, TemplateVersion version) {

  public TemplateRef {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(version, "version");
  }

  @JsonCreator
  public static TemplateRef parse(String text) {
    int at = text == null ? -1 : text.lastIndexOf('@');
    if (at <= 0) {
      throw new IllegalArgumentException("Not a template reference (id@version): " + text);
    }
    return new TemplateRef(text.substring(0, at), TemplateVersion.of(text.substring(at + 1)));
  }

  @JsonValue
  @Override
  public String toString() {
    return templateId + "@" + version;
  }
}
