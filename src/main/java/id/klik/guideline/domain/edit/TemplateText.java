package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * A template tree written as YAML for a person to edit as text. Reading the text back (with {@code
 * TemplateReader}) gives the same tree: a text that looks like a number, such as the version
 * "2024.1", is quoted so that it stays a text.
 */
public final class TemplateText {

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          // a long text stays on one line: split, it would be quoted with escaped line breaks
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .build();

  private TemplateText() {}

  public static String yaml(JsonNode tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree is always writable as YAML", e);
    }
  }
}
