package id.klik.guideline.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TemplateDiffTest {

  private static final Locale ID = Locale.forLanguageTag("id");
  private final ObjectNode older = Trees.clinic();
  private final ObjectNode newer = Trees.clinic();

  private TemplateChange onlyChange() {
    List<TemplateChange> changes = TemplateDiff.between(older, newer);
    assertThat(changes).hasSize(1);
    return changes.get(0);
  }

  @Test
  void identicalVersionsHaveNoChanges() {
    assertThat(TemplateDiff.between(older, newer)).isEmpty();
  }

  @Test
  void identityFieldsAreNotCompared() {
    newer.put("version", "2.0.0");
    newer.put("basedOn", "demo-clinic@1.0.0");
    Trees.at(newer, "/publisher").put("tenant", "sumedang");

    assertThat(TemplateDiff.between(older, newer)).isEmpty();
  }

  @Test
  void aChangedValueIsFoundByTheIdsOnItsPath() {
    Trees.at(newer, "/phases/0/steps/0/title").put("en", "Opening meeting");

    TemplateChange change = onlyChange();
    assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
    assertThat(change.id()).isEqualTo("phases[planning].steps[kickoff].title.en");
    assertThat(change.description(Locale.ENGLISH))
        .isEqualTo(
            "Step 'Kick-off meeting': title (en) changed from 'Kick-off meeting' to 'Opening meeting'.");
  }

  @Test
  void anAddedStepIsDescribedWithItsPhaseAndPlace() {
    ObjectNode step = Trees.yaml("{id: ai-workshop, title: {id: Workshop AI, en: AI workshop}}");
    ((ArrayNode) newer.at("/phases/0/steps")).insert(1, step);

    TemplateChange change = onlyChange();
    assertThat(change.type()).isEqualTo(ChangeType.ADDED);
    assertThat(change.path().toString()).isEqualTo("phases[planning].steps[ai-workshop]");
    assertThat(change.predecessor()).isEqualTo("kickoff");
    assertThat(change.description(Locale.ENGLISH))
        .isEqualTo("Step 'AI workshop' added to phase 'Planning'.");
    assertThat(change.description(ID))
        .isEqualTo("Langkah 'Workshop AI' ditambahkan pada fase 'Perencanaan'.");
  }

  @Test
  void aRemovedChecklistItemIsDescribed() {
    ((ArrayNode) newer.at("/phases/0/steps/0/checklist")).remove(1);

    TemplateChange change = onlyChange();
    assertThat(change.type()).isEqualTo(ChangeType.REMOVED);
    assertThat(change.description(Locale.ENGLISH))
        .isEqualTo("Checklist item 'Prepare the agenda' removed from step 'Kick-off meeting'.");
  }

  @Test
  void aReorderIsTheFewestMoves() {
    ArrayNode steps = (ArrayNode) newer.at("/phases/0/steps");
    steps.insert(0, steps.remove(2)); // budget first: one item moved, not three

    TemplateChange change = onlyChange();
    assertThat(change.type()).isEqualTo(ChangeType.MOVED);
    assertThat(change.path().toString()).isEqualTo("phases[planning].steps[budget]");
    assertThat(change.description(Locale.ENGLISH))
        .isEqualTo("Step 'Budget' moved to the first place.");
  }

  @Test
  void aMoveAfterAnotherItemNamesIt() {
    ArrayNode steps = (ArrayNode) newer.at("/phases/0/steps");
    steps.add(steps.remove(0));

    assertThat(onlyChange().description(ID))
        .isEqualTo("Langkah 'Rapat perdana' dipindahkan setelah 'Anggaran'.");
  }

  @Test
  void aChangedWeightReadsAsAWeightChange() {
    ObjectNode olderRubric = Trees.rubric();
    ObjectNode newerRubric = Trees.rubric();
    Trees.at(newerRubric, "/criteria/0").put("weight", 30);

    List<TemplateChange> changes = TemplateDiff.between(olderRubric, newerRubric);

    assertThat(changes)
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.id()).isEqualTo("criteria[novelty].weight");
              assertThat(change.description(Locale.ENGLISH))
                  .isEqualTo("Criterion 'Novelty': weight changed from 25 to 30.");
              assertThat(change.description(ID))
                  .isEqualTo("Kriteria 'Kebaruan': bobot diubah dari 25 menjadi 30.");
            });
  }

  @Test
  void theSameNumberWrittenDifferentlyIsNoChange() {
    Trees.at(newer, "/phases/0").put("weight", 25.0);
    Trees.at(older, "/phases/0").put("weight", 25);

    assertThat(TemplateDiff.between(older, newer)).isEmpty();
  }

  @Test
  void aReferenceListIsComparedItemByItem() {
    ((ArrayNode) newer.at("/uses/programs")).add("ai-workshop@2025.1");

    TemplateChange change = onlyChange();
    assertThat(change.path().toString()).isEqualTo("uses.programs[ai-workshop@2025.1]");
    assertThat(change.description(Locale.ENGLISH)).isEqualTo("Program 'ai-workshop@2025.1' added.");
  }

  @Test
  void anAddedFieldIsDescribedWithItsValue() {
    Trees.at(newer, "/phases/0/steps/1").put("responsibleRole", "clinic-admin");

    assertThat(onlyChange().description(Locale.ENGLISH))
        .isEqualTo("Step 'Work plan': responsible role added: 'clinic-admin'.");
  }

  @Test
  void aListWithoutIdsIsComparedAsOneValue() {
    newer.set("tags", Trees.yaml("{t: [{a: 1}, {a: 2}]}").get("t"));
    older.set("tags", Trees.yaml("{t: [{a: 1}]}").get("t"));

    TemplateChange change = onlyChange();
    assertThat(change.type()).isEqualTo(ChangeType.CHANGED);
    assertThat(change.path().toString()).isEqualTo("tags");
  }
}
