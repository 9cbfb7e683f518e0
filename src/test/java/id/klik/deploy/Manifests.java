package id.klik.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The documents of one rendering, as plain maps and, on demand, as typed fabric8 models. */
final class Manifests {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String text;
  private final List<Map<String, Object>> documents;

  private Manifests(String text, List<Map<String, Object>> documents) {
    this.text = text;
    this.documents = documents;
  }

  @SuppressWarnings("unchecked")
  static Manifests parse(String text) {
    var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    var documents = new ArrayList<Map<String, Object>>();
    for (Object document : yaml.loadAll(text)) {
      if (document != null) {
        documents.add((Map<String, Object>) document);
      }
    }
    return new Manifests(text, List.copyOf(documents));
  }

  String text() {
    return text;
  }

  List<Map<String, Object>> all() {
    return documents;
  }

  List<Map<String, Object>> ofKind(String kind) {
    return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
  }

  Map<String, Object> one(String kind) {
    var found = ofKind(kind);
    if (found.size() != 1) {
      throw new AssertionError("expected exactly one " + kind + ", rendered " + found.size());
    }
    return found.get(0);
  }

  /** The only document of that kind, bound to its typed model (unknown fields rejected). */
  <T> T one(String kind, Class<T> model) {
    return StrictModels.bind(one(kind), model);
  }

  <T> List<T> all(String kind, Class<T> model) {
    return ofKind(kind).stream().map(d -> StrictModels.bind(d, model)).toList();
  }

  List<String> kinds() {
    return documents.stream().map(d -> Objects.toString(d.get("kind"))).toList();
  }

  static boolean isHook(Map<String, Object> document) {
    return annotations(document).containsKey("helm.sh/hook");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> annotations(Map<String, Object> document) {
    var metadata = (Map<String, Object>) document.getOrDefault("metadata", Map.of());
    var annotations = (Map<String, Object>) metadata.get("annotations");
    return annotations == null ? Map.of() : annotations;
  }
}
