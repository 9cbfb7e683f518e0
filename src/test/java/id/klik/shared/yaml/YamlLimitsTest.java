package id.klik.shared.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every YAML the app reads is bounded in size, expanded values and depth, and refused with a
 * message instead of being worked through. The timeouts only stop a run that would otherwise take
 * hours; the assertions are about the refusal.
 */
@Timeout(30)
class YamlLimitsTest {

  private final YamlTreeReader reader = new YamlTreeReader();

  private YamlTree read(String yaml) {
    return reader.read("template.yaml", yaml);
  }

  private static String english(YamlTree tree) {
    return tree.problems().get(0).message(Locale.ENGLISH);
  }

  @Test
  void aBillionLaughsFileIsRefusedBeforeItIsExpanded() {
    // 45 aliases, 100,000 values once expanded: each level repeats the one above ten times
    StringBuilder yaml = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level <= 4; level++) {
      yaml.append("l").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("all: [*l4, *l4, *l4, *l4, *l4]\n");
    assertThat(yaml.length()).isLessThan(600);

    YamlTree tree = read(yaml.toString());

    assertThat(tree.document().isMissingNode()).isTrue();
    assertThat(tree.problems()).hasSize(1);
    assertThat(english(tree)).contains("more than " + YamlLimits.MAX_VALUES + " values");
    assertThat(tree.problems().get(0).line()).isPositive();
  }

  @Test
  void aliasesNestedTwentyFiveLevelsDeepAreRefused() {
    // each level doubles the one above: 2^25 values, hours of work if expanded
    StringBuilder yaml = new StringBuilder("l0: &l0 [x, x]\n");
    for (int level = 1; level <= 25; level++) {
      yaml.append("l")
          .append(level)
          .append(": &l")
          .append(level)
          .append(" [*l")
          .append(level - 1)
          .append(", *l")
          .append(level - 1)
          .append("]\n");
    }

    YamlTree tree = read(yaml.toString());

    assertThat(tree.document().isMissingNode()).isTrue();
    assertThat(english(tree)).containsAnyOf("values once every alias", "nested too deeply");
  }

  @Test
  void moreAliasesThanAllowedAreRefused() {
    StringBuilder yaml = new StringBuilder("a: &a [x]\nall:\n");
    for (int i = 0; i <= YamlLimits.MAX_ALIASES; i++) {
      yaml.append("  - *a\n");
    }

    YamlTree tree = read(yaml.toString());

    assertThat(tree.document().isMissingNode()).isTrue();
    assertThat(english(tree)).contains("Too many aliases");
  }

  @Test
  void blockNestingDeeperThanTheLimitIsRefused() {
    StringBuilder yaml = new StringBuilder();
    for (int level = 0; level < 25; level++) {
      yaml.append("  ".repeat(level)).append("a:\n");
    }
    yaml.append("  ".repeat(25)).append("b: 1\n");

    YamlTree tree = read(yaml.toString());

    assertThat(tree.document().isMissingNode()).isTrue();
    assertThat(english(tree)).contains("nested too deeply: at most " + YamlLimits.MAX_DEPTH);
  }

  @Test
  void flowNestingDeeperThanTheLimitIsRefused() {
    YamlTree tree = read("a: " + "[".repeat(1000) + "]".repeat(1000) + "\n");

    assertThat(tree.document().isMissingNode()).isTrue();
    assertThat(english(tree)).contains("nested too deeply");
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedUnread() {
    String line = "# " + "x".repeat(98) + "\n";
    String yaml = "kind: rubric\n" + line.repeat(YamlLimits.MAX_CHARACTERS / line.length() + 1);

    YamlTree tree = read(yaml);

    assertThat(YamlLimits.tooLarge(yaml)).isTrue();
    assertThat(tree.document().isMissingNode()).isTrue();
    assertThat(english(tree)).contains("too large: at most " + YamlLimits.maxKibibytes() + " KiB");
  }

  @Test
  void theLargestShippedTemplateIsWellWithinTheLimits() throws IOException {
    String yaml = resource("/guideline/builtin/iid-index-2026-2026.1.yaml");

    YamlTree tree = read(yaml);

    assertThat(tree.problems()).isEmpty();
    assertThat(YamlLimits.tooLarge(yaml)).isFalse();
  }

  @Test
  void aControlCharacterWrittenAsAnEscapeIsNamedWithItsLineAndField() {
    YamlTree tree = read("kind: rubric\ntitle: \"Rubrik\\0 kota\"\n");

    assertThat(tree.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.field()).isEqualTo("title");
              assertThat(p.message(Locale.ENGLISH)).contains("U+0000");
            });
  }

  @Test
  void aControlCharacterInTheTextIsNamedWithItsLine() {
    YamlTree tree = read("kind: rubric\nid: x\ntitle: Rubrik\u0000 kota\n");

    assertThat(tree.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message(Locale.forLanguageTag("id")))
                  .contains("karakter kendali U+0000");
            });
  }

  @Test
  void aTreeSentAsJsonMeetsTheSameLimitsAndCharacterRule() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode deep = json.objectNode();
    ObjectNode at = deep;
    for (int level = 0; level < 30; level++) {
      at = at.putObject("a");
    }
    JsonNode withNul = json.objectNode().put("title", "a\u0000b");

    assertThat(YamlLimits.problemsIn("edit", deep))
        .singleElement()
        .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).contains("nested too deeply"));
    assertThat(YamlLimits.problemsIn("edit", withNul))
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("title"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = YamlLimitsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
