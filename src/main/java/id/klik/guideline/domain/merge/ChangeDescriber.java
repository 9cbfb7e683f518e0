package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Words a change for a clinic admin, e.g. "Kriteria 'Kebaruan': bobot diubah dari 25 menjadi 30." /
 * "Criterion 'Novelty': weight changed from 25 to 30." Items are named by their title (or label,
 * text, id), lists and fields by {@link ChangeVocabulary}.
 */
final class ChangeDescriber {

  record Text(String indonesian, String english) {}

  private final JsonNode older;
  private final JsonNode newer;

  ChangeDescriber(JsonNode older, JsonNode newer) {
    this.older = older;
    this.newer = newer;
  }

  Text describe(
      ChangeType type, TreePath path, JsonNode before, JsonNode after, String predecessor) {
    if (path.last() instanceof TreePath.Item item) {
      return describeItem(type, path, item, before != null ? before : after, predecessor);
    }
    return describeField(type, path, before, after);
  }

  private Text describeItem(
      ChangeType type, TreePath path, TreePath.Item item, JsonNode node, String predecessor) {
    String list = listName(path.parent());
    String id = ChangeVocabulary.itemNoun(list, true) + " " + quoted(label(node, item.key(), true));
    String en =
        ChangeVocabulary.itemNoun(list, false) + " " + quoted(label(node, item.key(), false));
    Owner owner = owner(path.parent());
    return switch (type) {
      case ADDED ->
          new Text(
              cap(id) + " ditambahkan" + owner.in(true) + ".",
              cap(en) + " added" + owner.in(false) + ".");
      case REMOVED ->
          new Text(
              cap(id) + " dihapus" + owner.from(true) + ".",
              cap(en) + " removed" + owner.from(false) + ".");
      case MOVED -> {
        JsonNode previous =
            predecessor == null ? null : TreeAccess.find(newer, path.parent().item(predecessor));
        yield predecessor == null
            ? new Text(
                cap(id) + " dipindahkan ke urutan pertama.", cap(en) + " moved to the first place.")
            : new Text(
                cap(id)
                    + " dipindahkan setelah "
                    + quoted(label(previous, predecessor, true))
                    + ".",
                cap(en) + " moved after " + quoted(label(previous, predecessor, false)) + ".");
      }
      case CHANGED -> new Text(cap(id) + " diubah.", cap(en) + " changed.");
    };
  }

  private Text describeField(ChangeType type, TreePath path, JsonNode before, JsonNode after) {
    List<TreePath.Segment> segments = path.segments();
    // a language inside a text ("title.en") is named after its text: "judul (en)"
    String field = ((TreePath.Field) path.last()).name();
    TreePath fieldPath = path;
    String language = "";
    if ((field.equals("id") || field.equals("en"))
        && segments.size() > 1
        && segments.get(segments.size() - 2) instanceof TreePath.Field textField) {
      language = " (" + field + ")";
      field = textField.name();
      fieldPath = path.parent();
    }
    Owner owner = owner(fieldPath.parent());
    String id = owner.prefix(true) + ChangeVocabulary.fieldName(field, true) + language;
    String en = owner.prefix(false) + ChangeVocabulary.fieldName(field, false) + language;
    return switch (type) {
      case ADDED ->
          new Text(
              cap(id) + " ditambahkan: " + show(after, true) + ".",
              cap(en) + " added: " + show(after, false) + ".");
      case REMOVED ->
          new Text(
              cap(id) + " dihapus (sebelumnya " + show(before, true) + ").",
              cap(en) + " removed (was " + show(before, false) + ").");
      default ->
          new Text(
              cap(id)
                  + " diubah dari "
                  + show(before, true)
                  + " menjadi "
                  + show(after, true)
                  + ".",
              cap(en) + " changed from " + show(before, false) + " to " + show(after, false) + ".");
    };
  }

  /** The nearest list item above a path, which the change belongs to ("Step 'Kick-off': ..."). */
  private record Owner(String nounId, String nounEn, String labelId, String labelEn) {
    static final Owner TEMPLATE = new Owner(null, null, null, null);

    String prefix(boolean indonesian) {
      return nounId == null
          ? ""
          : (indonesian ? nounId + " " + quoted(labelId) : nounEn + " " + quoted(labelEn)) + ": ";
    }

    String in(boolean indonesian) {
      return nounId == null
          ? ""
          : indonesian
              ? " pada " + nounId + " " + quoted(labelId)
              : " to " + nounEn + " " + quoted(labelEn);
    }

    String from(boolean indonesian) {
      return nounId == null
          ? ""
          : indonesian
              ? " dari " + nounId + " " + quoted(labelId)
              : " from " + nounEn + " " + quoted(labelEn);
    }
  }

  private Owner owner(TreePath path) {
    TreePath current = path;
    while (!current.isRoot()) {
      if (current.last() instanceof TreePath.Item item) {
        // the name the reader knows: the older one, unless the item is new
        JsonNode node = TreeAccess.find(older, current);
        if (node == null) {
          node = TreeAccess.find(newer, current);
        }
        String list = listName(current.parent());
        return new Owner(
            ChangeVocabulary.itemNoun(list, true),
            ChangeVocabulary.itemNoun(list, false),
            label(node, item.key(), true),
            label(node, item.key(), false));
      }
      current = current.parent();
    }
    return Owner.TEMPLATE;
  }

  private static String listName(TreePath listPath) {
    return listPath.isRoot() || !(listPath.last() instanceof TreePath.Field field)
        ? ""
        : field.name();
  }

  private static String label(JsonNode item, String key, boolean indonesian) {
    if (item == null || !item.isObject()) {
      return key;
    }
    for (String name : List.of("title", "label", "text")) {
      JsonNode text = item.get(name);
      if (text != null) {
        return textIn(text, indonesian);
      }
    }
    return key;
  }

  private static String textIn(JsonNode text, boolean indonesian) {
    if (text.isObject()) {
      JsonNode chosen =
          indonesian ? text.get("id") : text.has("en") ? text.get("en") : text.get("id");
      return chosen == null ? text.toString() : chosen.asText();
    }
    return text.asText();
  }

  private static String show(JsonNode value, boolean indonesian) {
    if (value == null || value.isNull()) {
      return indonesian ? "(kosong)" : "(empty)";
    }
    String text;
    if (value.isTextual()) {
      text = quoted(value.asText());
    } else if (value.isNumber()) {
      text = value.decimalValue().stripTrailingZeros().toPlainString();
    } else if (value.isObject() && (value.has("id") || value.has("en")) && value.size() <= 2) {
      text = quoted(textIn(value, indonesian));
    } else {
      text = value.toString();
    }
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  private static String quoted(String text) {
    return "'" + text + "'";
  }

  private static String cap(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
