package id.klik.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;

/**
 * The outcome of reading and checking one YAML file.
 *
 * @param document the file's content as a JSON tree; a {@link MissingNode} when the file could not
 *     be read at all (syntax error, empty file). Present, but not to be trusted, when there are
 *     problems.
 * @param problems everything wrong with the file, ordered by line; empty when the file is valid
 * @param lines the 1-based line of each node, keyed by JSON pointer, so that checks made after the
 *     schema (e.g. "weights must add up to 100") can point at a line too
 */
public record ValidatedYaml(
    JsonNode document, List<YamlProblem> problems, Map<String, Integer> lines) {

  public ValidatedYaml {
    document = document == null ? MissingNode.getInstance() : document;
    problems = List.copyOf(problems);
    lines = lines == null ? Map.of() : Map.copyOf(lines);
  }

  public ValidatedYaml(JsonNode document, List<YamlProblem> problems) {
    this(document, problems, Map.of());
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  /**
   * The line of the node at a JSON pointer (e.g. {@code /criteria/2/weight}), or of its nearest
   * ancestor that has one; 0 when unknown.
   */
  public int lineOf(String jsonPointer) {
    return new YamlTree(document, lines, problems).lineOf(jsonPointer);
  }
}
