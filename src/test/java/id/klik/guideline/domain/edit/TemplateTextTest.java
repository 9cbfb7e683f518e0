package id.klik.guideline.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateTextTest {

  static Stream<Path> templateFiles() throws IOException {
    return Stream.concat(
            Files.list(Path.of("src/main/resources/guideline/builtin")),
            Files.list(Path.of("tenants/pontianak/templates")))
        .filter(f -> f.toString().endsWith(".yaml"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("templateFiles")
  void aTemplateWrittenAsYamlReadsBackAsTheSameTree(Path file) {
    JsonNode tree = Trees.file(file.toString());

    TemplateReading reading = new TemplateReader().read("edited.yaml", TemplateText.yaml(tree));

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.orThrow().tree()).isEqualTo(tree);
  }
}
