package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writing one field of an object node without moving the others. */
final class ObjectFields {

  private ObjectFields() {}

  /**
   * Sets a field in place when it exists; a new field goes before the first of {@code before}
   * present in the node (so that it lands where a person would write it), else at the end.
   */
  static void put(ObjectNode node, String field, JsonNode value, String... before) {
    if (node.has(field)) {
      node.set(field, value);
      return;
    }
    String next = List.of(before).stream().filter(node::has).findFirst().orElse(null);
    if (next == null) {
      node.set(field, value);
      return;
    }
    Map<String, JsonNode> reordered = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().equals(next)) {
        reordered.put(field, value);
      }
      reordered.put(entry.getKey(), entry.getValue());
    }
    node.removeAll();
    node.setAll(reordered);
  }
}
