package id.klik.guideline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.klik.guideline.infrastructure.BuiltinTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The active clinic template decides which phases, forms and rubrics the clinic shows. */
class ClinicGuideTest {

  private final TemplateReader reader = new TemplateReader();
  private final Map<TemplateRef, Template> published = new HashMap<>();

  ClinicGuideTest() {
    for (String file : BuiltinTemplates.FILES) {
      Template t = reader.read(file, BuiltinTemplates.text(file)).orThrow();
      published.put(t.ref(), t);
    }
  }

  private Template pontianak() throws IOException {
    String file = "klik-pontianak-2024.1.yaml";
    return reader
        .read(file, Files.readString(Path.of("tenants/pontianak/templates", file)))
        .orThrow();
  }

  @Test
  void thePhasesAreTheClinicTemplatesPhasesInOrder() throws IOException {
    ClinicGuide guide =
        ClinicGuide.of(
            pontianak(), id -> Optional.empty(), r -> Optional.ofNullable(published.get(r)));

    assertThat(guide.phases())
        .extracting(ClinicBody.Phase::id)
        .containsExactly("planning", "program", "assistance", "evaluation");
  }

  @Test
  void aNamedTemplateTheTenantAdoptedIsItsOwnCustomizedCopy() throws IOException {
    Template rubric = published.get(TemplateRef.parse("city-competition-rubric@1.0.0"));
    ObjectNode tree = (ObjectNode) rubric.tree();
    ((ObjectNode) tree.at("/criteria/0")).put("weight", 30);
    ((ObjectNode) tree.at("/criteria/1")).put("weight", 15);
    Template customized = reader.check("own", tree).orThrow();

    ClinicGuide guide =
        ClinicGuide.of(
            pontianak(),
            id -> id.equals("city-competition-rubric") ? Optional.of(customized) : Optional.empty(),
            r -> Optional.ofNullable(published.get(r)));

    assertThat(guide.used(TemplateKind.RUBRIC))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.ownCopy()).isTrue();
              assertThat(u.template().body(RubricBody.class).criteria().get(0).weight())
                  .isEqualByComparingTo("30");
            });
  }

  @Test
  void theFormsAreThePublishedOnesTheTemplateNamesWhenNotAdopted() throws IOException {
    ClinicGuide guide =
        ClinicGuide.of(
            pontianak(), id -> Optional.empty(), r -> Optional.ofNullable(published.get(r)));

    assertThat(guide.form("iid-innovation-profile")).isPresent();
    assertThat(guide.used(TemplateKind.FORM))
        .extracting(u -> u.named().toString())
        .containsExactly("iid-innovation-profile@2023.1", "kipp-proposal@2021.1");
  }

  @Test
  void aNamedTemplateNobodyCanSeeIsReportedMissing() throws IOException {
    ClinicGuide guide =
        ClinicGuide.of(
            pontianak(), id -> Optional.empty(), r -> Optional.ofNullable(published.get(r)));

    // the program blueprints are Pontianak's files, not among the built-ins given here
    assertThat(guide.missing())
        .extracting(TemplateRef::templateId)
        .contains("pontianak-innovators-academy");
  }

  @Test
  void onlyAClinicTemplateMakesAGuide() {
    Template rubric = published.get(TemplateRef.parse("city-competition-rubric@1.0.0"));

    assertThatThrownBy(() -> ClinicGuide.of(rubric, id -> Optional.empty(), r -> Optional.empty()))
        .isInstanceOf(TemplateRuleException.class);
  }
}
