package id.klik.innovation.domain.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An innovation walking the stages of a journey template, and what a template change keeps. */
class JourneyTest {

  private final UUID innovation = UUID.randomUUID();

  private static JourneyPlan.Artifact artifact(String id) {
    return new JourneyPlan.Artifact(id, LocalizedText.of(id + " (id)", id), null, true, "text");
  }

  private static JourneyPlan.Stage stage(String id, String... artifacts) {
    return new JourneyPlan.Stage(
        id,
        LocalizedText.of("Tahap " + id, "Stage " + id),
        null,
        List.of(artifacts).stream().map(JourneyTest::artifact).toList());
  }

  private static final JourneyPlan DESIGN_THINKING =
      new JourneyPlan(
          "design-thinking",
          "1.0.0",
          List.of(
              stage("empathize", "interviews", "empathy-map"),
              stage("define", "problem"),
              stage("ideate", "ideas"),
              stage("prototype", "prototype")));

  private Journey fresh() {
    return Journey.of(innovation, DESIGN_THINKING, Optional.empty(), List.of());
  }

  @Test
  void aNewJourneyStandsAtTheFirstStageWithNoProgress() {
    Journey journey = fresh();

    assertThat(journey.currentStage()).map(JourneyPlan.Stage::id).contains("empathize");
    assertThat(journey.progressPercent()).isZero();
    assertThat(journey.stages())
        .extracting(Journey.StageProgress::current)
        .containsExactly(true, false, false, false);
  }

  @Test
  void progressCountsTheDoneArtifactsOfTheWholePlanRoundedDown() {
    Journey journey = fresh();

    journey.write("empathize", "interviews", "Lima warga diwawancarai", true, "ina");
    journey.write("define", "problem", "Antrean terlalu panjang", true, "ina");

    assertThat(journey.progressPercent()).isEqualTo(40);
    assertThat(journey.stages().get(0).doneCount()).isEqualTo(1);
    assertThat(journey.stages().get(1).complete()).isTrue();
  }

  @Test
  void everyArtifactDoneIsAHundredPercent() {
    Journey journey = fresh();
    for (Journey.StageProgress s : journey.stages()) {
      for (Journey.ArtifactProgress a : s.artifacts()) {
        journey.write(s.stage().id(), a.artifact().id(), "isi", true, "ina");
      }
    }

    assertThat(journey.progressPercent()).isEqualTo(100);
  }

  @Test
  void anArtifactIsDoneOnlyWithATextOrAFile() {
    Journey journey = fresh();

    assertThatThrownBy(() -> journey.write("define", "problem", null, true, "ina"))
        .isInstanceOf(ValidationException.class);
    journey.attach(
        "define",
        "problem",
        new ArtifactRecord.AttachedFile("a".repeat(64), "p.pdf", "application/pdf", 9),
        "ina");

    assertThat(journey.write("define", "problem", null, true, "ina").done()).isTrue();
  }

  @Test
  void aNullLeavesThatPartAsItIs() {
    Journey journey = fresh();
    journey.write("define", "problem", "Antrean", null, "ina");

    ArtifactRecord record = journey.write("define", "problem", null, true, "ina");

    assertThat(record.text()).contains("Antrean");
    assertThat(record.done()).isTrue();
  }

  @Test
  void aTooLongTextIsRefused() {
    assertThatThrownBy(
            () -> fresh().write("define", "problem", "x".repeat(Journey.MAX_TEXT + 1), false, "i"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anArtifactTheStageDoesNotAskForIsNotFound() {
    assertThatThrownBy(() -> fresh().write("define", "empathy-map", "x", false, "ina"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fresh().write("launch", "problem", "x", false, "ina"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void movingGoesToAnyStageForwardOrBack() {
    Journey journey = fresh();

    journey.moveTo("prototype", "ina");
    assertThat(journey.currentStage()).map(JourneyPlan.Stage::id).contains("prototype");
    journey.moveTo("define", "ina");

    assertThat(journey.currentStage()).map(JourneyPlan.Stage::id).contains("define");
  }

  @Test
  void movingToAStageThePlanHasNotIsRefused() {
    assertThatThrownBy(() -> fresh().moveTo("deliver", "ina"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aPlanWithoutArtifactsCountsTheStagesPassed() {
    JourneyPlan bare =
        new JourneyPlan("bare", "1", List.of(stage("a"), stage("b"), stage("c"), stage("d")));
    Journey journey = Journey.of(innovation, bare, Optional.empty(), List.of());

    journey.moveTo("c", "ina");

    assertThat(journey.progressPercent()).isEqualTo(50);
  }

  @Test
  void aNewerVersionOfTheSameTemplateKeepsTheRecordsOfTheArtifactsItKept() {
    List<ArtifactRecord> records = new ArrayList<>();
    Journey old = Journey.of(innovation, DESIGN_THINKING, Optional.empty(), records);
    records.add(old.write("define", "problem", "Antrean", true, "ina"));
    records.add(old.write("ideate", "ideas", "Daftar gagasan", true, "ina"));
    JourneyPosition position = old.moveTo("ideate", "ina");
    JourneyPlan newer =
        new JourneyPlan(
            "design-thinking",
            "1.1.0",
            List.of(
                stage("empathize", "interviews"),
                stage("define", "problem"),
                stage("test", "report")));

    Journey journey = Journey.of(innovation, newer, Optional.of(position), records);

    assertThat(journey.recordFor("define", "problem")).map(ArtifactRecord::done).contains(true);
    assertThat(journey.earlier()).extracting(ArtifactRecord::artifactId).containsExactly("ideas");
    // the stage it stood at is gone: it stands at the first stage again
    assertThat(journey.currentStage()).map(JourneyPlan.Stage::id).contains("empathize");
  }

  @Test
  void anotherTemplateKeepsEveryOldRecordUnderItsOldLabels() {
    List<ArtifactRecord> records = new ArrayList<>();
    Journey old = Journey.of(innovation, DESIGN_THINKING, Optional.empty(), records);
    records.add(old.write("define", "problem", "Antrean", true, "ina"));
    JourneyPosition position = old.moveTo("define", "ina");
    JourneyPlan lan =
        new JourneyPlan("lan-5d", "1.0.0", List.of(stage("drum-up", "problem"), stage("diagnose")));

    Journey journey = Journey.of(innovation, lan, Optional.of(position), records);

    assertThat(journey.progressPercent()).isZero();
    assertThat(journey.currentStage()).map(JourneyPlan.Stage::id).contains("drum-up");
    assertThat(journey.earlier())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.templateId()).isEqualTo("design-thinking");
              assertThat(r.templateVersion()).isEqualTo("1.0.0");
              assertThat(r.stageTitle().id()).isEqualTo("Tahap define");
              assertThat(r.text()).contains("Antrean");
            });
  }

  @Test
  void aRecordWrittenAgainUnderANewerVersionTakesItsVersionAndLabels() {
    List<ArtifactRecord> records = new ArrayList<>();
    records.add(fresh().write("define", "problem", "Antrean", true, "ina"));
    JourneyPlan newer =
        new JourneyPlan(
            "design-thinking",
            "2.0.0",
            List.of(
                new JourneyPlan.Stage(
                    "define",
                    LocalizedText.of("Rumuskan", "Define"),
                    null,
                    List.of(artifact("problem")))));

    ArtifactRecord record =
        Journey.of(innovation, newer, Optional.empty(), records)
            .write("define", "problem", "Antrean panjang", null, "ina");

    assertThat(record.templateVersion()).isEqualTo("2.0.0");
    assertThat(record.stageTitle().id()).isEqualTo("Rumuskan");
    assertThat(record.done()).isTrue();
  }
}
