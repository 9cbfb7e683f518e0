package id.klik.guideline.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RubricOutlineTest {

  private final JsonNode tree = Trees.yaml(Trees.RUBRIC);
  private final TemplateOutline outline = TemplateOutline.of(tree);
  private final RubricOutline rubric = outline.getRubric();

  @Test
  void theWeightSumFollowsAnEditedWeight() {
    rubric.getCriteria().get(0).setWeight(new BigDecimal("20"));

    assertThat(rubric.getWeightSum()).isEqualByComparingTo("95");
    assertThat(rubric.isWeightBalanced()).isFalse();
  }

  @Test
  void theWeightTotalIsOneHundredWhenTheRubricNamesNone() {
    assertThat(rubric.getWeightTotal()).isEqualByComparingTo("100");
    assertThat(rubric.isWeightBalanced()).isTrue();
  }

  @Test
  void theWeightTotalIsTheRubricsOwnWhenItNamesOne() {
    JsonNode ten = Trees.yaml(Trees.RUBRIC.replace("scale:", "weightTotal: 10\nscale:"));

    assertThat(TemplateOutline.of(ten).getRubric().getWeightTotal()).isEqualByComparingTo("10");
  }

  @Test
  void anEditedWholeWeightIsWrittenAsAnInteger() {
    rubric.getCriteria().get(0).setWeight(new BigDecimal("30.00"));

    JsonNode weight = outline.applyTo(tree).at("/criteria/0/weight");

    assertThat(weight.isInt()).isTrue();
    assertThat(weight.asInt()).isEqualTo(30);
  }

  @Test
  void anEditedFractionalWeightIsWrittenAsADecimal() {
    rubric.getCriteria().get(1).setWeight(new BigDecimal("12.5"));

    assertThat(outline.applyTo(tree).at("/criteria/1/weight").decimalValue())
        .isEqualByComparingTo("12.5");
  }

  @Test
  void aWeightEqualToTheOneReadLeavesTheTreeAsItWas() {
    rubric.getCriteria().get(0).setWeight(new BigDecimal("25.0"));

    assertThat(outline.applyTo(tree)).isEqualTo(tree);
  }

  @Test
  void anEditedCriterionTitleKeepsItsGuidanceAndWeight() {
    rubric.getCriteria().get(0).getTitle().setEn("Newness");

    JsonNode criterion = outline.applyTo(tree).at("/criteria/0");

    assertThat(criterion)
        .isEqualTo(
            Trees.yaml(
                "{id: novelty, title: {id: Kebaruan, en: Newness}, weight: 25,"
                    + " guidance: \"Apa yang baru?\"}"));
  }

  @Test
  void aNewCriterionCountsItsWeightOnceWritten() {
    CriterionEdit added = rubric.addCriterion();
    added.getTitle().setId("Partisipasi");
    added.setWeight(BigDecimal.TEN);

    assertThat(rubric.getWeightSum()).isEqualByComparingTo("110");
    assertThat(outline.applyTo(tree).at("/criteria/5/id").asText()).isEqualTo("partisipasi");
  }
}
