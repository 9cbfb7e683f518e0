package id.klik.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A YAML document turned into a JSON tree, with the 1-based line of every node.
 *
 * @param document the tree; a MissingNode when the text could not be read
 * @param lines line of each node, keyed by its JSON pointer ({@code ""} is the root); for a mapping
 *     entry it is the line of the key, where a person looks for the field
 * @param problems syntax problems and duplicate keys found while reading
 */
record YamlTree(JsonNode document, Map<String, Integer> lines, List<YamlProblem> problems) {

  /** The line of the node at the pointer, or of its nearest ancestor that has one. */
  int lineOf(String pointer) {
    String current = pointer;
    while (true) {
      Integer line = lines.get(current);
      if (line != null) {
        return line;
      }
      if (current.isEmpty()) {
        return 0;
      }
      current = current.substring(0, current.lastIndexOf('/'));
    }
  }
}
