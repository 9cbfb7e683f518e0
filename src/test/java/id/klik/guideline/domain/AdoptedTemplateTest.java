package id.klik.guideline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Only a clinic template drives a tenant's clinic. */
class AdoptedTemplateTest {

  private static final Instant NOW = Instant.parse("2025-02-01T00:00:00Z");

  private final TemplateReader reader = new TemplateReader();

  private AdoptedTemplate adopted(Path file) throws IOException {
    Template template = reader.read(file.toString(), Files.readString(file)).orThrow();
    return new AdoptedTemplate(
        new PublishedTemplate(template, null, Visibility.allTenants(), NOW)
            .adoptBy("sumedang", NOW));
  }

  @Test
  void anAdoptedClinicTemplateBecomesTheActiveOne() throws IOException {
    AdoptedTemplate clinic =
        adopted(Path.of("tenants/pontianak/templates/klik-pontianak-2024.1.yaml"));

    clinic.activate();

    assertThat(clinic.active()).isTrue();
  }

  @Test
  void aRubricCannotDriveTheClinic() throws IOException {
    AdoptedTemplate rubric =
        adopted(Path.of("src/main/resources/guideline/builtin/city-competition-rubric-1.0.0.yaml"));

    assertThatThrownBy(rubric::activate)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::messageKey)
                    .containsExactly("template.notClinic"));
    assertThat(rubric.active()).isFalse();
  }
}
