package id.klik.guideline.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.klik.shared.yaml.ValidatedYaml;
import id.klik.shared.yaml.YamlProblem;
import id.klik.shared.yaml.YamlSchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a template file: YAML syntax, the JSON Schema of its kind, then the rules a schema cannot
 * express ({@link TemplateConsistency}); every problem names file, line and field in Bahasa
 * Indonesia and English. Thread-safe.
 */
public final class TemplateReader {

  /** The schema that dispatches on {@code kind} to the schema of each kind. */
  public static final String SCHEMA = "/guideline/schema/template.schema.json";

  // the schema already rejects unknown fields with a located message; the header and the body are
  // read from the same object, so each ignores the other's fields
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final YamlSchemaValidator validator = YamlSchemaValidator.forSchema(SCHEMA);

  /**
   * @param fileName the name shown in problems, e.g. {@code klik-pontianak-2024.1.yaml}
   */
  public TemplateReading read(String fileName, String yamlText) {
    ValidatedYaml validated = validator.validate(fileName, yamlText);
    if (!validated.valid()) {
      return new TemplateReading(Optional.empty(), validated.problems());
    }
    return bind(fileName, validated.document(), validated::lineOf);
  }

  /**
   * Checks a tree that did not come from a file, such as a merge result; problems have line 0.
   *
   * @param label what to call the document in problems
   */
  public TemplateReading check(String label, JsonNode tree) {
    ValidatedYaml validated = validator.validateTree(label, tree);
    if (!validated.valid()) {
      return new TemplateReading(Optional.empty(), validated.problems());
    }
    return bind(label, tree, pointer -> 0);
  }

  private TemplateReading bind(String fileName, JsonNode tree, TemplateConsistency.Lines lines) {
    TemplateKind kind = TemplateKind.fromCode(tree.path("kind").asText()).orElseThrow();
    Template template = new Template(readHeader(tree), readBody(kind, tree), tree);
    List<YamlProblem> problems =
        new ArrayList<>(TemplateConsistency.check(fileName, template, lines));
    return new TemplateReading(Optional.of(template), problems);
  }

  private static TemplateHeader readHeader(JsonNode tree) {
    return convert(tree, TemplateHeader.class);
  }

  private static TemplateBody readBody(TemplateKind kind, JsonNode tree) {
    return switch (kind) {
      case CLINIC -> convert(tree, ClinicBody.class);
      case JOURNEY -> convert(tree, JourneyBody.class);
      case FORM -> convert(tree, FormBody.class);
      case RUBRIC -> convert(tree, RubricBody.class);
      case PROGRAM -> convert(tree, ProgramBody.class);
      case INDEX_MODEL -> convert(tree, IndexModelBody.class);
    };
  }

  private static <T> T convert(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      // the schema guarantees the shape; reaching here means schema and model disagree
      throw new IllegalStateException(
          "Template model does not match its schema: " + e.getMessage(), e);
    }
  }
}
