package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the items of a list are told apart across versions: objects by their {@code id}, plain values
 * by the value itself. A list where that does not work (missing or repeated keys, mixed items) is
 * compared as one value.
 */
final class KeyedList {

  private enum Keying {
    EMPTY,
    BY_ID,
    BY_VALUE,
    NONE
  }

  private KeyedList() {}

  /** The keys of the items of both lists, when both can be keyed the same way. */
  static Optional<List<String>> keys(JsonNode list, JsonNode other) {
    Keying mine = keying(list);
    Keying theirs = keying(other);
    boolean compatible =
        mine != Keying.NONE
            && theirs != Keying.NONE
            && (mine == theirs || mine == Keying.EMPTY || theirs == Keying.EMPTY);
    return compatible ? Optional.of(keysOf(list)) : Optional.empty();
  }

  static String keyOf(JsonNode item) {
    return item.isObject() ? item.path("id").asText() : item.asText();
  }

  static int indexOf(JsonNode list, String key) {
    for (int i = 0; i < list.size(); i++) {
      if (keyOf(list.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> keysOf(JsonNode list) {
    List<String> keys = new ArrayList<>(list.size());
    list.forEach(item -> keys.add(keyOf(item)));
    return keys;
  }

  private static Keying keying(JsonNode list) {
    if (list.isEmpty()) {
      return Keying.EMPTY;
    }
    boolean allIds = true;
    boolean allValues = true;
    Set<String> keys = new HashSet<>();
    boolean unique = true;
    for (JsonNode item : list) {
      allIds &= item.isObject() && item.path("id").isTextual();
      allValues &= item.isValueNode();
      unique &= keys.add(keyOf(item));
    }
    if (!unique) {
      return Keying.NONE;
    }
    return allIds ? Keying.BY_ID : allValues ? Keying.BY_VALUE : Keying.NONE;
  }
}
