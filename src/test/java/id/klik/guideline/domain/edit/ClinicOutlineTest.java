package id.klik.guideline.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ClinicOutlineTest {

  private final JsonNode tree = Trees.yaml(Trees.CLINIC);
  private final TemplateOutline outline = TemplateOutline.of(tree);
  private final StepEdit kickoff = outline.getClinic().getPhases().get(0).getSteps().get(0);

  @Test
  void editingAChecklistTextWritesItInBothLanguagesAndChangesNothingElse() {
    kickoff.getChecklist().get(0).getText().setId("Undang semua perangkat daerah");
    ObjectNode expected = tree.deepCopy();
    ((ObjectNode) expected.at("/phases/0/steps/0/checklist/0"))
        .set("text", Trees.yaml("{id: Undang semua perangkat daerah, en: Invite the work units}"));

    assertThat(outline.applyTo(tree)).isEqualTo(expected);
  }

  @Test
  void anEditedPlainTextWithoutEnglishIsWrittenWithItsIndonesianOnly() {
    kickoff.getChecklist().get(1).getText().setId("Susun agenda rapat");

    JsonNode edited = outline.applyTo(tree);

    assertThat(edited.at("/phases/0/steps/0/checklist/1").toString())
        .isEqualTo(
            "{\"id\":\"agenda\",\"text\":{\"id\":\"Susun agenda rapat\"},\"evidence\":\"Notulen\"}");
  }

  @Test
  void aNewChecklistItemGetsAnIdFromItsIndonesianTextUniqueInItsList() {
    kickoff.addItem().getText().setId("Undang perangkat daerah");
    kickoff.addItem().getText().setId("Undang perangkat daerah");

    JsonNode checklist = outline.applyTo(tree).at("/phases/0/steps/0/checklist");

    assertThat(Trees.ids(checklist))
        .containsExactly(
            "invite", "agenda", "room", "undang-perangkat-daerah", "undang-perangkat-daerah-2");
  }

  @Test
  void aNewItemNeverTakesTheIdOfAnItemRemovedFromTheList() {
    kickoff.getChecklist().remove(2);
    kickoff.addItem().getText().setId("Room");

    JsonNode checklist = outline.applyTo(tree).at("/phases/0/steps/0/checklist");

    assertThat(checklist.get(2).path("id").asText()).isEqualTo("room-2");
  }

  @Test
  void aRequiredFlagIsWrittenOnlyWhenItChanges() {
    kickoff.getChecklist().get(2).setRequired(true);
    kickoff.getChecklist().get(0).setRequired(false);

    JsonNode checklist = outline.applyTo(tree).at("/phases/0/steps/0/checklist");

    assertThat(checklist.get(2).path("required").asBoolean()).isTrue();
    assertThat(checklist.get(0).path("required").isBoolean()).isTrue();
    assertThat(checklist.get(1).has("required")).isFalse();
  }

  @Test
  void movingAChecklistItemDownChangesOnlyTheOrder() {
    kickoff.getChecklist().moveDown(0);

    JsonNode checklist = outline.applyTo(tree).at("/phases/0/steps/0/checklist");

    assertThat(Trees.ids(checklist)).containsExactly("agenda", "invite", "room");
  }

  @Test
  void movingTheFirstItemUpChangesNothing() {
    kickoff.getChecklist().moveUp(0);

    assertThat(outline.applyTo(tree)).isEqualTo(tree);
  }

  @Test
  void removingAChecklistItemLeavesTheOthers() {
    kickoff.getChecklist().remove(1);

    JsonNode checklist = outline.applyTo(tree).at("/phases/0/steps/0/checklist");

    assertThat(Trees.ids(checklist)).containsExactly("invite", "room");
  }

  @Test
  void movingAStepDownKeepsItsContentAndId() {
    JsonNode kickoffNode = tree.at("/phases/0/steps/0").deepCopy();
    outline.getClinic().getPhases().get(0).getSteps().moveDown(0);

    JsonNode steps = outline.applyTo(tree).at("/phases/0/steps");

    assertThat(steps.get(0).path("id").asText()).isEqualTo("plan");
    assertThat(steps.get(1)).isEqualTo(kickoffNode);
  }

  @Test
  void aRenamedPhaseKeepsItsIdAndSteps() {
    outline.getClinic().getPhases().get(0).getTitle().setId("Persiapan");

    JsonNode phase = outline.applyTo(tree).at("/phases/0");

    assertThat(phase.at("/title/id").asText()).isEqualTo("Persiapan");
    assertThat(phase.path("id").asText()).isEqualTo(tree.at("/phases/0/id").asText());
    assertThat(phase.path("steps")).isEqualTo(tree.at("/phases/0/steps"));
  }

  @Test
  void removingAStepRemovesItAndItsChecklist() {
    outline.getClinic().getPhases().get(0).getSteps().remove(0);

    JsonNode steps = outline.applyTo(tree).at("/phases/0/steps");

    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).path("id").asText()).isEqualTo("plan");
  }

  @Test
  void aNewStepIsAddedAtTheEndOfItsPhaseWithItsTitleAndRole() {
    StepEdit step = outline.getClinic().getPhases().get(1).addStep();
    step.getTitle().setId("Rapat evaluasi");
    step.getTitle().setEn("Evaluation meeting");
    step.setResponsibleRole("clinic-admin");

    JsonNode added = outline.applyTo(tree).at("/phases/1/steps/1");

    assertThat(added)
        .isEqualTo(
            Trees.yaml(
                "{id: rapat-evaluasi, title: {id: Rapat evaluasi, en: Evaluation meeting},"
                    + " responsibleRole: clinic-admin}"));
  }

  @Test
  void guidanceAddedToAStepGoesBeforeItsRoleAndChecklist() {
    kickoff.getGuidance().setId("Undang semua pihak");

    JsonNode step = outline.applyTo(tree).at("/phases/0/steps/0");

    assertThat(step.fieldNames())
        .toIterable()
        .containsExactly("id", "title", "guidance", "responsibleRole", "checklist");
  }

  @Test
  void guidanceEmptiedByThePersonIsRemoved() {
    outline.getClinic().getPhases().get(0).getSteps().get(1).getGuidance().setId(" ");

    assertThat(outline.applyTo(tree).at("/phases/0/steps/1").has("guidance")).isFalse();
  }

  @Test
  void aRoleSetToNoneIsRemoved() {
    kickoff.setResponsibleRole("");

    assertThat(outline.applyTo(tree).at("/phases/0/steps/0").has("responsibleRole")).isFalse();
  }
}
