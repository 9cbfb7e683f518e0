package id.klik.guideline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.shared.yaml.YamlProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library of broken templates: each {@code broken/NAME.yaml} is paired with {@code
 * NAME.expected}, the exact problems a clinic admin sees, first in English then in Bahasa
 * Indonesia, one per line.
 */
class BrokenTemplatesTest {

  private static final Path LIBRARY = Path.of("src/test/resources/guideline/broken");
  private final TemplateReader reader = new TemplateReader();

  static Stream<String> brokenTemplates() throws IOException {
    try (Stream<Path> files = Files.list(LIBRARY)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("brokenTemplates")
  void eachBrokenTemplateGivesItsExpectedMessages(String file) throws IOException {
    String yaml = Files.readString(LIBRARY.resolve(file), StandardCharsets.UTF_8);
    Path expectedFile = LIBRARY.resolve(file.replace(".yaml", ".expected"));
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);

    List<YamlProblem> problems = reader.read(file, yaml).problems();

    Stream<String> english = problems.stream().map(p -> p.format(Locale.ENGLISH));
    Stream<String> indonesian = problems.stream().map(p -> p.format(Locale.forLanguageTag("id")));
    assertThat(Stream.concat(english, indonesian).toList()).isEqualTo(expected);
  }
}
