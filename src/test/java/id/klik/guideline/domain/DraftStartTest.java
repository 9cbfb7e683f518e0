package id.klik.guideline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.klik.guideline.domain.edit.TemplateText;
import id.klik.shared.domain.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** A draft made from a published template, whatever YAML layout its header was written in. */
class DraftStartTest {

  private static final String BLOCK_PUBLISHER =
      "publisher:\n"
          + "  # the research division writes the handbook\n"
          + "  tenant: pontianak\n"
          + "  name:\n"
          + "    id: Bappeda Kota Pontianak\n"
          + "    en: Pontianak City Planning Agency\n";

  private final TemplateReader reader = new TemplateReader();

  private Template pontianakWithBlockPublisher() throws IOException {
    String yaml =
        Files.readString(Path.of("tenants/pontianak/templates/klik-pontianak-2025.1.yaml"))
            .replaceFirst("(?m)^publisher:.*\\R", BLOCK_PUBLISHER)
            .replaceFirst("(?m)^source:", "basedOn: klik-pontianak@2024.1\nsource:");
    return reader.read("block.yaml", yaml).orThrow();
  }

  private Template readBack(JsonNode tree) {
    return reader.read("draft.yaml", TemplateText.yaml(tree)).orThrow();
  }

  @Test
  void aCopyOfATemplateWithABlockStylePublisherIsAValidTemplateOfTheCopier() throws IOException {
    Publisher sumedang = new Publisher("sumedang", LocalizedText.of("Kabupaten Sumedang"));

    Template copy =
        readBack(DraftStart.copyFor(pontianakWithBlockPublisher(), sumedang, Year.of(2026)));

    assertThat(copy.header().id()).isEqualTo("sumedang-klik-pontianak");
    assertThat(copy.header().version()).isEqualTo(TemplateVersion.of("2026.1"));
    assertThat(copy.header().publisher()).isEqualTo(sumedang);
    assertThat(copy.header().basedOnRef()).isEmpty();
  }

  @Test
  void aCopyKeepsEverythingButTheHeaderFieldsItMakesItsOwn() throws IOException {
    Template original = pontianakWithBlockPublisher();
    Publisher sumedang =
        new Publisher("sumedang", LocalizedText.of("Sumedang", "Sumedang Regency"));

    Template copy = readBack(DraftStart.copyFor(original, sumedang, Year.of(2026)));

    assertThat(copy.tree().get("phases")).isEqualTo(original.tree().get("phases"));
    assertThat(copy.header().publisher().name().en()).isEqualTo("Sumedang Regency");
  }

  @Test
  void theDraftTextKeepsALongTextOnOneLineForAPersonToEdit() throws IOException {
    String text = TemplateText.yaml(DraftStart.nextVersion(pontianakWithBlockPublisher()));

    assertThat(text)
        .contains("indeks inovasi daerah melalui perencanaan, program, pendampingan dan evaluasi.")
        .doesNotContain("\\\n")
        .contains("\nversion: \"2025.2\"\n");
  }

  @Test
  void theNextVersionOfATemplateWithABlockStylePublisherChangesOnlyItsVersion() throws IOException {
    Template original = pontianakWithBlockPublisher();

    Template next = readBack(DraftStart.nextVersion(original));

    assertThat(next.header().version()).isEqualTo(TemplateVersion.of("2025.2"));
    assertThat(next.header().publisher()).isEqualTo(original.header().publisher());
    JsonNode nextRest = ((ObjectNode) next.tree()).without("version");
    JsonNode originalRest = ((ObjectNode) original.tree()).without("version");
    assertThat(nextRest).isEqualTo(originalRest);
  }
}
