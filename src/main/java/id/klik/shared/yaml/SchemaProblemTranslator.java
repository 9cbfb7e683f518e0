package id.klik.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Turns the validator's messages into {@link YamlProblem}s: locates them (line, field), drops the
 * noise a person cannot act on (the per-branch errors under a failed {@code oneOf}/{@code anyOf})
 * and words them per keyword, or with the schema's own {@code x-message}.
 */
final class SchemaProblemTranslator {

  /** Keywords whose error concerns a child property, not the object holding the keyword. */
  private static final Set<String> ABOUT_A_CHILD =
      Set.of("required", "additionalProperties", "unevaluatedProperties", "dependentRequired");

  private final SchemaDocuments documents;
  private final String rootLocation;

  SchemaProblemTranslator(SchemaDocuments documents, String rootLocation) {
    this.documents = documents;
    this.rootLocation = rootLocation;
  }

  List<YamlProblem> translate(String fileName, YamlTree tree, Collection<ValidationMessage> all) {
    List<String> alternatives =
        all.stream()
            .filter(m -> "oneOf".equals(m.getType()) || "anyOf".equals(m.getType()))
            .map(m -> m.getEvaluationPath().toString() + "/")
            .toList();
    List<YamlProblem> problems = new ArrayList<>();
    for (ValidationMessage message : all) {
      String evaluation = message.getEvaluationPath().toString();
      if (alternatives.stream().anyMatch(evaluation::startsWith)) {
        continue;
      }
      problems.add(translate(fileName, tree, message));
    }
    return problems;
  }

  private YamlProblem translate(String fileName, YamlTree tree, ValidationMessage message) {
    String keyword = message.getType();
    String instance = pointer(message.getInstanceLocation());
    String child = message.getProperty();
    boolean aboutChild = ABOUT_A_CHILD.contains(keyword) && child != null;
    String fieldPointer = aboutChild ? instance + "/" + YamlPointers.escape(child) : instance;
    // a missing field has no line of its own: point at the object that lacks it
    int line = tree.lineOf("required".equals(keyword) ? instance : fieldPointer);
    if (line == 0) {
      line = tree.lineOf("");
    }
    String field = YamlPointers.toField(fieldPointer);

    JsonNode holder = documents.keywordHolder(message.getSchemaLocation());
    if (!aboutChild) {
      JsonNode custom = customMessage(holder, message);
      if (custom != null) {
        return new YamlProblem(
            fileName, line, field, custom.path("id").asText(), custom.path("en").asText());
      }
    }
    KeywordMessages.Text text =
        KeywordMessages.describe(message, holder, tree.document(), instance);
    return new YamlProblem(fileName, line, field, text.indonesian(), text.english());
  }

  private JsonNode customMessage(JsonNode holder, ValidationMessage message) {
    if (holder.has("x-message")) {
      return holder.get("x-message");
    }
    JsonNode referrer = documents.referringHolder(rootLocation, message.getEvaluationPath());
    return referrer.has("x-message") ? referrer.get("x-message") : null;
  }

  static String pointer(JsonNodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer.append('/');
      pointer.append(
          element instanceof Integer
              ? element.toString()
              : YamlPointers.escape(element.toString()));
    }
    return pointer.toString();
  }
}
