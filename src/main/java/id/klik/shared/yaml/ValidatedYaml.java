package id.klik.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;

/**
 * The outcome of reading and checking one YAML file.
 *
 * @param document the file's content as a JSON tree; a {@link MissingNode} when the file could not
 *     be read at all (syntax error, empty file). Present, but not to be trusted, when there are
 *     problems.
 * @param problems everything wrong with the file, ordered by line; empty when the file is valid
 */
public record ValidatedYaml(JsonNode document, List<YamlProblem> problems) {

  public ValidatedYaml {
    document = document == null ? MissingNode.getInstance() : document;
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
