package id.klik.guideline.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateReading;
import id.klik.shared.yaml.YamlProblem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Edits made through the outline of real templates still pass the template check. */
class OutlineOnRealTemplatesTest {

  private static final String KLIK_PONTIANAK =
      "tenants/pontianak/templates/klik-pontianak-2024.1.yaml";
  private static final String CITY_RUBRIC =
      "src/main/resources/guideline/builtin/city-competition-rubric-1.0.0.yaml";

  private final TemplateReader reader = new TemplateReader();

  @Test
  void theKlikPontianakClinicWithEditedStepsAndChecklistsStillPassesTheCheck() {
    JsonNode tree = Trees.file(KLIK_PONTIANAK);
    TemplateOutline outline = TemplateOutline.of(tree);
    PhaseEdit planning = outline.getClinic().getPhases().get(0);
    StepEdit establish = planning.getSteps().get(0);
    establish.getChecklist().get(0).getText().setId("Tim klinik ditetapkan dengan SK");
    establish.getChecklist().moveDown(0);
    establish.addItem().getText().setId("Tim klinik ditetapkan dengan SK");
    StepEdit added = planning.addStep();
    added.getTitle().setId("Sosialisasi klinik");
    added.setResponsibleRole("clinic-admin");
    added.addItem().getText().setId("Undangan dikirim");
    outline.getClinic().getPhases().get(3).getSteps().remove(0);

    TemplateReading reading = reader.check("klik-pontianak", outline.applyTo(tree));

    assertThat(reading.problems()).isEmpty();
  }

  @Test
  void theCityRubricWithRebalancedWeightsStillPassesTheCheck() {
    JsonNode tree = Trees.file(CITY_RUBRIC);
    TemplateOutline outline = TemplateOutline.of(tree);
    EditableList<CriterionEdit> criteria = outline.getRubric().getCriteria();
    criteria.get(0).setWeight(new BigDecimal("30"));
    criteria.get(1).setWeight(new BigDecimal("15"));

    TemplateReading reading = reader.check("city-competition-rubric", outline.applyTo(tree));

    assertThat(reading.problems()).isEmpty();
  }

  @Test
  void theCityRubricWithWeightsNotAddingUpIsReportedOnItsCriteria() {
    JsonNode tree = Trees.file(CITY_RUBRIC);
    TemplateOutline outline = TemplateOutline.of(tree);
    outline.getRubric().getCriteria().get(0).setWeight(new BigDecimal("20"));

    TemplateReading reading = reader.check("city-competition-rubric", outline.applyTo(tree));

    assertThat(reading.problems())
        .extracting(YamlProblem::field, YamlProblem::messageEn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "criteria",
                "The criteria weights add up to 95 instead of 100. Adjust the weights."));
  }

  @Test
  void aNewChecklistItemLeftWithoutTextIsReportedOnItsText() {
    JsonNode tree = Trees.file(KLIK_PONTIANAK);
    TemplateOutline outline = TemplateOutline.of(tree);
    outline.getClinic().getPhases().get(0).getSteps().get(0).addItem();

    TemplateReading reading = reader.check("klik-pontianak", outline.applyTo(tree));

    assertThat(reading.problems())
        .extracting(YamlProblem::field)
        .singleElement()
        .asString()
        .startsWith("phases[0].steps[0].checklist[2].text");
  }
}
