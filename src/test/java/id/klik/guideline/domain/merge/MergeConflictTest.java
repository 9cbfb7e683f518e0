package id.klik.guideline.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    Trees.steps(local, 0).add(Trees.steps(local, 0).remove(0)); // kickoff last here
    Trees.steps(upstream, 0)
        .insert(1, Trees.steps(upstream, 0).remove(0)); // kickoff second upstream

    assertThat(plan().conflicts())
        .singleElement()
        .extracting(MergeConflict::kind)
        .isEqualTo(ConflictKind.BOTH_CHANGED);
  }

  @Test
  void anUpstreamDeletionOfAStepTheTenantEditedIsADeleteVsEditConflict() {
    Trees.steps(upstream, 0).remove(1);
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
            Trees.stepIds(
                plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.KEEP_LOCAL))
                    .merged(),
                0))
        .containsExactly("kickoff", "plan", "budget");
    assertThat(
            Trees.stepIds(
                plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.TAKE_UPSTREAM))
                    .merged(),
                0))
        .containsExactly("kickoff", "budget");
  }

  @Test
  void anUpstreamEditOfAStepTheTenantDeletedIsADeleteVsEditConflict() {
    Trees.steps(local, 1).remove(0);
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
    Trees.steps(upstream, 0).add(Trees.yaml("{id: review, title: Telaah}"));
    Trees.steps(local, 0).add(Trees.yaml("{id: review, title: Reviu}"));

    assertThat(plan().conflicts())
        .singleElement()
        .extracting(MergeConflict::kind)
        .isEqualTo(ConflictKind.BOTH_CHANGED);
  }

  @Test
  void takingUpstreamForAMoveConflictTakesThePlaceAndKeepsTheTenantsEdit() {
    Trees.steps(local, 0).add(Trees.steps(local, 0).remove(0)); // kickoff last here
    Trees.at(local, "/phases/0/steps/2/title").put("id", "Rapat perdana klinik");
    Trees.steps(upstream, 0)
        .insert(1, Trees.steps(upstream, 0).remove(0)); // kickoff second upstream
    MergePlan plan = plan();
    String id = plan.conflicts().get(0).changeId();

    MergeOutcome outcome =
        plan.merge(MergeDecisions.choose(Set.of(id)).resolve(id, Resolution.TAKE_UPSTREAM));

    assertThat(Trees.stepIds(outcome.merged(), 0)).containsExactly("plan", "kickoff", "budget");
    assertThat(outcome.merged().at("/phases/0/steps/1/title/id").asText())
        .isEqualTo("Rapat perdana klinik");
  }
}
