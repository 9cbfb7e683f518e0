package id.klik.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks YAML files against a JSON Schema (draft 2020-12) kept on the classpath, and reports every
 * problem with file, line and field, in Bahasa Indonesia and English.
 *
 * <p>A schema may carry {@code "x-message": {"id": "...", "en": "..."}} on a property's schema;
 * that text then replaces the generic message for errors of that property's value (e.g. "Kode
 * wilayah ditulis seperti 61.71"). Instances are immutable and thread-safe; {@link #forSchema}
 * returns one shared instance per schema resource.
 */
public final class YamlSchemaValidator {

  private static final Map<String, YamlSchemaValidator> BY_RESOURCE = new ConcurrentHashMap<>();
  private static final JsonSchemaFactory FACTORY = schemaFactory();
  private static final Comparator<YamlProblem> BY_POSITION =
      Comparator.comparingInt(YamlProblem::line).thenComparing(YamlProblem::field);

  private final JsonSchema schema;
  private final SchemaProblemTranslator translator;
  private final YamlTreeReader reader = new YamlTreeReader();

  private YamlSchemaValidator(JsonSchema schema, SchemaDocuments documents, String location) {
    this.schema = schema;
    this.translator = new SchemaProblemTranslator(documents, location);
  }

  /**
   * The validator for a JSON Schema on the classpath, e.g. {@code
   * "/tenancy/tenant-manifest.schema.json"}. Relative {@code $ref}s resolve against the same
   * classpath folder.
   *
   * @throws IllegalArgumentException when the resource does not exist or is not a valid schema
   */
  public static YamlSchemaValidator forSchema(String classpathResource) {
    String resource =
        classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
    return BY_RESOURCE.computeIfAbsent(resource, YamlSchemaValidator::load);
  }

  private static YamlSchemaValidator load(String resource) {
    SchemaDocuments documents = new SchemaDocuments();
    String location = "classpath:" + resource;
    documents.require(location);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    try {
      JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(location), config);
      // resolve every $ref now: a broken schema fails at startup, and validation stays lock-free
      schema.initializeValidators();
      return new YamlSchemaValidator(schema, documents, location);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Invalid JSON Schema " + resource + ": " + e.getMessage(), e);
    }
  }

  private static JsonSchemaFactory schemaFactory() {
    JsonMetaSchema withMessages =
        JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .keyword(new NonValidationKeyword("x-message"))
            .build();
    return JsonSchemaFactory.getInstance(
        SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(withMessages));
  }

  /**
   * Reads the YAML text and checks it against the schema.
   *
   * @param fileName the name shown to the person in every problem, e.g. {@code tenant.yaml}
   * @param yamlText the file's content
   */
  public ValidatedYaml validate(String fileName, String yamlText) {
    YamlTree tree = reader.read(fileName, yamlText);
    List<YamlProblem> problems = new ArrayList<>(tree.problems());
    if (!tree.document().isMissingNode()) {
      Set<ValidationMessage> messages = schema.validate(tree.document());
      problems.addAll(translator.translate(fileName, tree, messages));
    }
    problems.sort(BY_POSITION);
    return new ValidatedYaml(tree.document(), problems, tree.lines());
  }

  /**
   * Checks a tree that did not come from a file (e.g. the result of a merge). Problems carry the
   * field but line 0, as there is no text to point into.
   *
   * @param label what to call the document in problems, e.g. {@code klik-pontianak (merged)}
   */
  public ValidatedYaml validateTree(String label, JsonNode document) {
    List<YamlProblem> unreadable = YamlLimits.problemsIn(label, document);
    if (!unreadable.isEmpty()) {
      return new ValidatedYaml(document, unreadable);
    }
    YamlTree tree = new YamlTree(document, Map.of(), List.of());
    List<YamlProblem> problems =
        new ArrayList<>(translator.translate(label, tree, schema.validate(document)));
    problems.sort(BY_POSITION);
    return new ValidatedYaml(document, problems);
  }
}
