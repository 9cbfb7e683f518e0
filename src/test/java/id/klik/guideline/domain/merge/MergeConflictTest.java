package id.klik.guideline.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Conflicts: both sides changed the same thing, or one deleted what the other edited. */
class MergeConflictTest {

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

  private static List<String> stepIds(JsonNode tree, int phase) {
    List<String> ids = new ArrayList<>();
    tree.at("/phases/" + phase + "/steps").forEach(step -> ids.add(step.get("id").asText()));
    return ids;
  }

  private static ArrayNode steps(ObjectNode tree, int phase) {
    return (ArrayNode) tree.at("/phases/" + phase + "/steps");
  }

  @Test
  void differentChangesToTheSameValueAreAConflict() {
    Trees.at(local, "/phases/0/steps/1/title").put("id", "Rencana kerja OPD");
    Trees.at(upstream, "/phases/0/steps/1/title").put("id", "Rencana kerja tahunan");

    MergePlan plan = plan();

    assertThat(plan.conflicts())
        .singleElement()
        .satisfies(
            conflict -> {
              assertThat(conflict.kind()).isEqualTo(ConflictKind.BOTH_CHANGED);
              assertThat(conflict.changeId()).isEqualTo("phases[planning].steps[plan].title.id");
              assertThat(conflict.description(Locale.ENGLISH))
                  .isEqualTo(
                      "Upstream: Step 'Work plan': title (id) changed from 'Rencana kerja' to 'Rencana kerja tahunan'."
                          + " Here: Step 'Work plan': title (id) changed from 'Rencana kerja' to 'Rencana kerja OPD'.");
            });
  }

  @Test
  void aChosenConflictWithoutResolutionIsNotMergedAndLeavesTheMergeIncomplete() {
    Trees.at(local, "/phases/0/steps/1/title").put("id", "Rencana kerja OPD");
    Trees.at(upstream, "/phases/0/steps/1/title").put("id", "Rencana kerja tahunan");

    MergeOutcome outcome = mergeEverything();

    assertThat(outcome.complete()).isFalse();
    assertThat(outcome.unresolved()).hasSize(1);
    assertThat(outcome.merged().at("/phases/0/steps/1/title/id").asText())
        .isEqualTo("Rencana kerja OPD");
  }

  @Test
  void aConflictResolvedForTheTenantKeepsTheTenantsValue() {
    Trees.at(local, "/phases/0/steps/1/title").put("id", "Rencana kerja OPD");
    Trees.at(upstream, "/phases/0/steps/1/title").put("id", "Rencana kerja tahunan");
    MergePlan plan = plan();
    String id = plan.conflicts().get(0).changeId();

    MergeOutcome outcome =
        plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.KEEP_LOCAL));

    assertThat(outcome.complete()).isTrue();
    assertThat(outcome.keptLocal()).hasSize(1);
    assertThat(outcome.merged().at("/phases/0/steps/1/title/id").asText())
        .isEqualTo("Rencana kerja OPD");
  }

  @Test
  void aConflictResolvedForUpstreamTakesTheUpstreamValue() {
    Trees.at(local, "/phases/0/steps/1/title").put("id", "Rencana kerja OPD");
    Trees.at(upstream, "/phases/0/steps/1/title").put("id", "Rencana kerja tahunan");
    MergePlan plan = plan();
    String id = plan.conflicts().get(0).changeId();

    MergeOutcome outcome =
        plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.TAKE_UPSTREAM));

    assertThat(outcome.merged().at("/phases/0/steps/1/title/id").asText())
        .isEqualTo("Rencana kerja tahunan");
  }

  @Test
  void movingTheSameStepToDifferentPlacesIsAConflict() {
    steps(local, 0).add(steps(local, 0).remove(0)); // kickoff last here
    steps(upstream, 0).insert(1, steps(upstream, 0).remove(0)); // kickoff second upstream

    assertThat(plan().conflicts())
        .singleElement()
        .extracting(MergeConflict::kind)
        .isEqualTo(ConflictKind.BOTH_CHANGED);
  }

  @Test
  void anUpstreamDeletionOfAStepTheTenantEditedIsADeleteVsEditConflict() {
    steps(upstream, 0).remove(1);
    Trees.at(local, "/phases/0/steps/1/title").put("id", "Rencana kerja OPD");

    MergePlan plan = plan();

    assertThat(plan.conflicts())
        .singleElement()
        .satisfies(
            conflict -> {
              assertThat(conflict.kind()).isEqualTo(ConflictKind.DELETE_VS_EDIT);
              assertThat(conflict.upstream().type()).isEqualTo(ChangeType.REMOVED);
            });
    String id = plan.conflicts().get(0).changeId();
    assertThat(
            stepIds(
                plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.KEEP_LOCAL))
                    .merged(),
                0))
        .containsExactly("kickoff", "plan", "budget");
    assertThat(
            stepIds(
                plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.TAKE_UPSTREAM))
                    .merged(),
                0))
        .containsExactly("kickoff", "budget");
  }

  @Test
  void anUpstreamEditOfAStepTheTenantDeletedIsADeleteVsEditConflict() {
    steps(local, 1).remove(0);
    Trees.at(upstream, "/phases/1/steps/0/title").put("en", "Annual report");
    MergePlan plan = plan();
    String id = plan.conflicts().get(0).changeId();

    assertThat(plan.conflicts().get(0).kind()).isEqualTo(ConflictKind.DELETE_VS_EDIT);
    MergeOutcome kept =
        plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.KEEP_LOCAL));
    assertThat(kept.merged().at("/phases/1/steps").size()).isZero();
    MergeOutcome restored =
        plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.TAKE_UPSTREAM));
    assertThat(restored.merged().at("/phases/1/steps/0/title/en").asText())
        .isEqualTo("Annual report");
  }

  @Test
  void bothAddingTheSameIdDifferentlyIsAConflict() {
    steps(upstream, 0).add(Trees.yaml("{id: review, title: Telaah}"));
    steps(local, 0).add(Trees.yaml("{id: review, title: Reviu}"));

    assertThat(plan().conflicts())
        .singleElement()
        .extracting(MergeConflict::kind)
        .isEqualTo(ConflictKind.BOTH_CHANGED);
  }

  @Test
  void takingUpstreamForAMoveConflictTakesThePlaceAndKeepsTheTenantsEdit() {
    steps(local, 0).add(steps(local, 0).remove(0)); // kickoff last here
    Trees.at(local, "/phases/0/steps/2/title").put("id", "Rapat perdana klinik");
    steps(upstream, 0).insert(1, steps(upstream, 0).remove(0)); // kickoff second upstream
    MergePlan plan = plan();
    String id = plan.conflicts().get(0).changeId();

    MergeOutcome outcome =
        plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.TAKE_UPSTREAM));

    assertThat(stepIds(outcome.merged(), 0)).containsExactly("plan", "kickoff", "budget");
    assertThat(outcome.merged().at("/phases/0/steps/1/title/id").asText())
        .isEqualTo("Rapat perdana klinik");
  }
}
