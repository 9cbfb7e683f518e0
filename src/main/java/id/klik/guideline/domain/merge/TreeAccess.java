package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Finding a node by {@link TreePath}, and comparing values the way a person would. */
final class TreeAccess {

  private TreeAccess() {}

  /** The node at the path, or null when the tree has none there. */
  static JsonNode find(JsonNode root, TreePath path) {
    JsonNode node = root;
    for (TreePath.Segment segment : path.segments()) {
      if (node == null) {
        return null;
      }
      if (segment instanceof TreePath.Field field) {
        node = node.isObject() ? node.get(field.name()) : null;
      } else {
        int index = node.isArray() ? KeyedList.indexOf(node, ((TreePath.Item) segment).key()) : -1;
        node = index < 0 ? null : node.get(index);
      }
    }
    return node;
  }

  /** Equal values, where 25, 25.0 and 25.00 are the same number. */
  static boolean sameValue(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = a.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!sameValue(field.getValue(), b.get(field.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameValue(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
