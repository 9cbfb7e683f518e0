package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;

/**
 * One difference between two versions of a template.
 *
 * @param id stable within one comparison, used to choose the change in a merge; the path as text
 * @param before the old value; null when added (for a move: the item)
 * @param after the new value; null when removed (for a move: the item)
 * @param predecessor for an added or moved list item: the key of the item before it in the newer
 *     version, null when it comes first
 * @param descriptionId readable description in Bahasa Indonesia
 * @param descriptionEn readable description in English
 */
public record TemplateChange(
    String id,
    ChangeType type,
    TreePath path,
    JsonNode before,
    JsonNode after,
    String predecessor,
    String descriptionId,
    String descriptionEn) {

  public TemplateChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
  }

  public String description(Locale locale) {
    boolean indonesian =
        locale != null && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
    return indonesian ? descriptionId : descriptionEn;
  }
}
