package id.klik.guideline.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateOutlineTest {

  @ParameterizedTest
  @ValueSource(strings = {Trees.CLINIC, Trees.FORM, Trees.RUBRIC})
  void anOutlineWithoutEditsGivesBackAnEqualTree(String yaml) {
    JsonNode tree = Trees.yaml(yaml);

    assertThat(TemplateOutline.of(tree).applyTo(tree)).isEqualTo(tree);
  }

  @Test
  void anOutlineWithoutEditsKeepsTheOrderOfEveryField() {
    JsonNode tree = Trees.yaml(Trees.CLINIC);

    JsonNode edited = TemplateOutline.of(tree).applyTo(tree);

    assertThat(edited.toString()).isEqualTo(tree.toString());
  }

  @Test
  void applyingTheEditsLeavesTheGivenTreeAsItWas() {
    JsonNode tree = Trees.yaml(Trees.CLINIC);
    String before = tree.toString();
    TemplateOutline outline = TemplateOutline.of(tree);
    outline.getClinic().getPhases().get(0).getSteps().remove(0);

    outline.applyTo(tree);

    assertThat(tree.toString()).isEqualTo(before);
  }

  @Test
  void aKindWithoutFormPartsHasNoStructuredOutline() {
    JsonNode journey = Trees.yaml("kind: journey\nid: demo\nstages: []\n");

    assertThat(TemplateOutline.of(journey).isStructured()).isFalse();
  }

  @Test
  void anOutlineSurvivesSerializationAsAViewScopedBeanNeedsIt() throws Exception {
    JsonNode tree = Trees.yaml(Trees.CLINIC);
    TemplateOutline outline = TemplateOutline.of(tree);
    outline.getClinic().getPhases().get(0).getSteps().get(0).addItem().getText().setId("Baru");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(outline);
    }
    TemplateOutline copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (TemplateOutline) in.readObject();
    }

    assertThat(copy.applyTo(tree)).isEqualTo(outline.applyTo(tree));
  }

  @Test
  void aPlainTextKeepsItsPlainFormUntilItIsEdited() {
    JsonNode tree = Trees.yaml(Trees.CLINIC);
    TemplateOutline outline = TemplateOutline.of(tree);
    outline
        .getClinic()
        .getPhases()
        .get(0)
        .getSteps()
        .get(0)
        .getChecklist()
        .get(1)
        .setRequired(true);

    JsonNode text = outline.applyTo(tree).at("/phases/0/steps/0/checklist/1/text");

    assertThat(text.asText()).isEqualTo("Susun agenda");
    assertThat(text.isTextual()).isTrue();
  }
}
