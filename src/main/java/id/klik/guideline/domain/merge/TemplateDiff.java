package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The readable difference between two versions of a template: items added, removed, changed or
 * moved, keyed by their stable ids, each with a path and a description in Bahasa Indonesia and
 * English. Identity fields (kind, id, version, publisher, basedOn) are not compared: they differ
 * between any two versions and are managed by the lifecycle, not merged.
 */
public final class TemplateDiff {

  /** Top-level fields that identify a version rather than describe the clinic's way of working. */
  public static final Set<String> IDENTITY_FIELDS =
      Set.of("kind", "id", "version", "publisher", "basedOn");

  private final ChangeDescriber describer;
  private final List<TemplateChange> changes = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  private TemplateDiff(JsonNode older, JsonNode newer) {
    this.describer = new ChangeDescriber(older, newer);
  }

  /** The changes that turn {@code older} into {@code newer}, in document order. */
  public static List<TemplateChange> between(JsonNode older, JsonNode newer) {
    TemplateDiff diff = new TemplateDiff(older, newer);
    diff.compareObjects(TreePath.ROOT, older, newer);
    return List.copyOf(diff.changes);
  }

  private void compare(TreePath path, JsonNode older, JsonNode newer) {
    if (TreeAccess.sameValue(older, newer)) {
      return;
    }
    if (older.isObject() && newer.isObject()) {
      compareObjects(path, older, newer);
      return;
    }
    Optional<List<String>> olderKeys =
        older.isArray() && newer.isArray() ? KeyedList.keys(older, newer) : Optional.empty();
    Optional<List<String>> newerKeys = olderKeys.flatMap(keys -> KeyedList.keys(newer, older));
    if (olderKeys.isPresent() && newerKeys.isPresent()) {
      compareLists(path, older, newer, olderKeys.get(), newerKeys.get());
    } else {
      add(ChangeType.CHANGED, path, older, newer, null);
    }
  }

  private void compareObjects(TreePath path, JsonNode older, JsonNode newer) {
    Set<String> names = new LinkedHashSet<>();
    newer.fieldNames().forEachRemaining(names::add);
    older.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (path.isRoot() && IDENTITY_FIELDS.contains(name)) {
        continue;
      }
      JsonNode before = older.get(name);
      JsonNode after = newer.get(name);
      if (before == null) {
        add(ChangeType.ADDED, path.field(name), null, after, null);
      } else if (after == null) {
        add(ChangeType.REMOVED, path.field(name), before, null, null);
      } else {
        compare(path.field(name), before, after);
      }
    }
  }

  private void compareLists(
      TreePath path,
      JsonNode older,
      JsonNode newer,
      List<String> olderKeys,
      List<String> newerKeys) {
    Set<String> inNewer = new HashSet<>(newerKeys);
    Map<String, Integer> olderIndex = new HashMap<>();
    for (int i = 0; i < olderKeys.size(); i++) {
      olderIndex.put(olderKeys.get(i), i);
    }
    Set<String> inOlder = olderIndex.keySet();
    for (int i = 0; i < olderKeys.size(); i++) {
      if (!inNewer.contains(olderKeys.get(i))) {
        add(ChangeType.REMOVED, path.item(olderKeys.get(i)), older.get(i), null, null);
      }
    }
    Set<String> stayInPlace =
        new HashSet<>(
            LongestCommonOrder.of(
                olderKeys.stream().filter(inNewer::contains).toList(),
                newerKeys.stream().filter(inOlder::contains).toList()));
    for (int i = 0; i < newerKeys.size(); i++) {
      String key = newerKeys.get(i);
      String predecessor = i == 0 ? null : newerKeys.get(i - 1);
      JsonNode item = newer.get(i);
      if (!inOlder.contains(key)) {
        add(ChangeType.ADDED, path.item(key), null, item, predecessor);
        continue;
      }
      if (!stayInPlace.contains(key)) {
        add(ChangeType.MOVED, path.item(key), item, item, predecessor);
      }
      JsonNode before = older.get(olderIndex.get(key));
      if (before.isObject() && item.isObject()) {
        compareObjects(path.item(key), before, item);
      }
    }
  }

  private void add(
      ChangeType type, TreePath path, JsonNode before, JsonNode after, String predecessor) {
    String id = path.toString() + (type == ChangeType.MOVED ? "#moved" : "");
    String unique = id;
    for (int n = 2; !ids.add(unique); n++) {
      unique = id + "#" + n;
    }
    ChangeDescriber.Text text = describer.describe(type, path, before, after, predecessor);
    changes.add(
        new TemplateChange(
            unique, type, path, before, after, predecessor, text.indonesian(), text.english()));
  }
}
