package id.klik.guideline.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.klik.shared.domain.ValidationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

  private final ObjectNode base = Trees.clinic();
  private final ObjectNode local = Trees.clinic();
  private final ObjectNode upstream = Trees.clinic();

  private MergePlan plan() {
    return ThreeWayMerge.plan(base, local, upstream);
  }

  private MergeOutcome mergeEverything() {
    MergePlan plan = plan();
    return plan.merge(MergeDecisions.choose(plan.allUpstreamChangeIds()));
  }

  @Test
  void noChangesOnEitherSideMergeToTheTenantsVersion() {
    MergeOutcome outcome = mergeEverything();

    assertThat(outcome.merged()).isEqualTo(local);
    assertThat(outcome.applied()).isEmpty();
    assertThat(outcome.complete()).isTrue();
  }

  @Test
  void aChosenUpstreamChangeIsApplied() {
    Trees.at(upstream, "/phases/0/steps/0/title").put("en", "Opening meeting");

    MergeOutcome outcome = mergeEverything();

    assertThat(outcome.merged().at("/phases/0/steps/0/title/en").asText())
        .isEqualTo("Opening meeting");
    assertThat(outcome.applied())
        .extracting(TemplateChange::id)
        .containsExactly("phases[planning].steps[kickoff].title.en");
  }

  @Test
  void anUpstreamChangeNotChosenIsLeftOutAndReported() {
    Trees.at(upstream, "/phases/0/steps/0/title").put("en", "Opening meeting");

    MergeOutcome outcome = plan().merge(MergeDecisions.NOTHING);

    assertThat(outcome.merged()).isEqualTo(local);
    assertThat(outcome.notChosen())
        .extracting(TemplateChange::id)
        .containsExactly("phases[planning].steps[kickoff].title.en");
  }

  @Test
  void theTenantsCustomizationsAreKept() {
    Trees.at(local, "/phases/0/steps/0/checklist/1/text").put("id", "Susun agenda bersama camat");
    Trees.steps(local, 1).add(Trees.yaml("{id: survey, title: Survei kepuasan}"));
    Trees.at(upstream, "/phases/1/title").put("en", "Evaluation and index");

    MergeOutcome outcome = mergeEverything();

    assertThat(outcome.merged().at("/phases/0/steps/0/checklist/1/text/id").asText())
        .isEqualTo("Susun agenda bersama camat");
    assertThat(Trees.stepIds(outcome.merged(), 1)).containsExactly("report", "survey");
    assertThat(outcome.merged().at("/phases/1/title/en").asText())
        .isEqualTo("Evaluation and index");
  }

  @Test
  void theSameChangeOnBothSidesIsAlreadyPresentNotAConflict() {
    Trees.at(local, "/phases/0/steps/1/title").put("id", "Rencana kerja tahunan");
    Trees.at(upstream, "/phases/0/steps/1/title").put("id", "Rencana kerja tahunan");

    MergePlan plan = plan();
    MergeOutcome outcome = plan.merge(MergeDecisions.choose(plan.allUpstreamChangeIds()));

    assertThat(plan.conflicts()).isEmpty();
    assertThat(outcome.alreadyPresent()).hasSize(1);
    assertThat(outcome.merged()).isEqualTo(local);
  }

  @Test
  void editsOfDifferentFieldsOfOneStepDoNotConflict() {
    Trees.at(local, "/phases/0/steps/1/title").put("id", "Rencana kerja OPD");
    Trees.at(upstream, "/phases/0/steps/1").put("responsibleRole", "clinic-admin");

    MergeOutcome outcome = mergeEverything();

    assertThat(outcome.complete()).isTrue();
    assertThat(outcome.merged().at("/phases/0/steps/1/title/id").asText())
        .isEqualTo("Rencana kerja OPD");
    assertThat(outcome.merged().at("/phases/0/steps/1/responsibleRole").asText())
        .isEqualTo("clinic-admin");
  }

  @Test
  void anUpstreamReorderKeepsTheTenantsEditOfTheMovedStep() {
    Trees.steps(upstream, 0).insert(0, Trees.steps(upstream, 0).remove(2));
    Trees.at(local, "/phases/0/steps/2/title").put("id", "Anggaran klinik");

    MergeOutcome outcome = mergeEverything();

    assertThat(outcome.complete()).isTrue();
    assertThat(Trees.stepIds(outcome.merged(), 0)).containsExactly("budget", "kickoff", "plan");
    assertThat(outcome.merged().at("/phases/0/steps/0/title/id").asText())
        .isEqualTo("Anggaran klinik");
  }

  @Test
  void anUpstreamReorderKeepsTheTenantsOwnStepAfterItsNeighbour() {
    Trees.steps(local, 0).insert(1, Trees.yaml("{id: mou, title: Nota kesepahaman}"));
    Trees.steps(upstream, 0).add(Trees.steps(upstream, 0).remove(0)); // kickoff last

    MergeOutcome outcome = mergeEverything();

    assertThat(Trees.stepIds(outcome.merged(), 0))
        .containsExactly("mou", "plan", "budget", "kickoff");
  }

  @Test
  void anAddedUpstreamStepLandsAfterItsUpstreamPredecessor() {
    Trees.steps(upstream, 0).insert(1, Trees.yaml("{id: ai-workshop, title: Workshop AI}"));
    Trees.steps(local, 0).add(Trees.yaml("{id: mou, title: Nota kesepahaman}"));

    MergeOutcome outcome = mergeEverything();

    assertThat(Trees.stepIds(outcome.merged(), 0))
        .containsExactly("kickoff", "ai-workshop", "plan", "budget", "mou");
  }

  @Test
  void weightChangesFromBothSidesThatStillSumTo100MergeCleanly() {
    ObjectNode rubricBase = Trees.rubric();
    ObjectNode rubricLocal = Trees.rubric();
    ObjectNode rubricUpstream = Trees.rubric();
    Trees.at(rubricLocal, "/criteria/0").put("weight", 30); // novelty +5
    Trees.at(rubricLocal, "/criteria/2").put("weight", 20); // benefit -5
    Trees.at(rubricUpstream, "/criteria/1").put("weight", 25); // effectiveness +5
    Trees.at(rubricUpstream, "/criteria/3").put("weight", 10); // transferability -5
    MergePlan plan = ThreeWayMerge.plan(rubricBase, rubricLocal, rubricUpstream);

    MergeOutcome outcome = plan.merge(MergeDecisions.choose(plan.allUpstreamChangeIds()));

    int sum = 0;
    for (JsonNode criterion : outcome.merged().get("criteria")) {
      sum += criterion.get("weight").asInt();
    }
    assertThat(plan.conflicts()).isEmpty();
    assertThat(sum).isEqualTo(100);
  }

  @Test
  void decisionsNamingAnUnknownChangeAreRefused() {
    MergePlan plan = plan();

    assertThatThrownBy(() -> plan.merge(MergeDecisions.choose(Set.of("phases[nope]"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.messageKey()).isEqualTo("template.unknownChange");
                          assertThat(p.args()).containsExactly("phases[nope]");
                        }));
  }

  @Test
  void theInputsAreNotChangedByAMerge() {
    Trees.at(upstream, "/phases/0/steps/0/title").put("en", "Opening meeting");
    JsonNode localBefore = local.deepCopy();

    mergeEverything();

    assertThat(local).isEqualTo(localBefore);
  }
}
