package id.klik.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The raw JSON of the schema files, to read what the validator does not expose: the {@code
 * x-message} next to a failing keyword, the allowed property names for a spelling hint.
 */
final class SchemaDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, JsonNode> byLocation = new ConcurrentHashMap<>();

  void require(String classpathLocation) {
    if (document(classpathLocation).isMissingNode()) {
      throw new IllegalArgumentException(
          "JSON Schema not found on the classpath: " + classpathLocation);
    }
  }

  /** The schema object that holds the failing keyword, or a MissingNode when unknown. */
  JsonNode keywordHolder(SchemaLocation location) {
    JsonNode node =
        document(location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString());
    JsonNodePath fragment = location.getFragment();
    int last = fragment.getNameCount() - 1;
    for (int i = 0; i < last && !node.isMissingNode(); i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
    }
    return node;
  }

  /**
   * The schema object that referred, through {@code $ref}, to the one holding the failing keyword,
   * so that {@code {"$ref": "#/$defs/code", "x-message": ...}} works too. Only followed when the
   * evaluation path crosses a single {@code $ref}, from the root schema document.
   */
  JsonNode referringHolder(String rootLocation, JsonNodePath evaluationPath) {
    int refAt = -1;
    for (int i = 0; i < evaluationPath.getNameCount(); i++) {
      if ("$ref".equals(evaluationPath.getName(i))) {
        if (refAt >= 0) {
          return MissingNode.getInstance();
        }
        refAt = i;
      }
    }
    if (refAt < 0) {
      return MissingNode.getInstance();
    }
    JsonNode node = document(rootLocation);
    for (int i = 0; i < refAt && !node.isMissingNode(); i++) {
      Object element = evaluationPath.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
    }
    return node;
  }

  private JsonNode document(String location) {
    if (!location.startsWith("classpath:")) {
      return MissingNode.getInstance();
    }
    return byLocation.computeIfAbsent(location, SchemaDocuments::readClasspath);
  }

  private static JsonNode readClasspath(String location) {
    String resource = location.substring("classpath:".length()).replaceFirst("^/+", "");
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = SchemaDocuments.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? MissingNode.getInstance() : JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read JSON Schema " + resource, e);
    }
  }
}
