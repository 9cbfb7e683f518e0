package id.klik.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnboardingStepTest {

  @Test
  void aStepHasReachedItself() {
    assertThat(OnboardingStep.MIGRATED.reached(OnboardingStep.MIGRATED)).isTrue();
  }

  @Test
  void aLaterStepHasReachedEveryEarlierOne() {
    assertThat(OnboardingStep.SEEDED.reached(OnboardingStep.SCHEMA_CREATED)).isTrue();
  }

  @Test
  void anEarlierStepHasNotReachedALaterOne() {
    assertThat(OnboardingStep.SCHEMA_CREATED.reached(OnboardingStep.SEEDED)).isFalse();
  }

  @Test
  void doneHasReachedEveryStep() {
    assertThat(OnboardingStep.values()).allMatch(OnboardingStep.DONE::reached);
  }

  @Test
  void registeredHasReachedOnlyItself() {
    assertThat(OnboardingStep.values())
        .filteredOn(OnboardingStep.REGISTERED::reached)
        .containsExactly(OnboardingStep.REGISTERED);
  }

  @Test
  void theStepsRunInOnboardingOrder() {
    assertThat(OnboardingStep.values())
        .containsExactly(
            OnboardingStep.REGISTERED,
            OnboardingStep.SCHEMA_CREATED,
            OnboardingStep.MIGRATED,
            OnboardingStep.ORGANIZATION_CREATED,
            OnboardingStep.MEMBERS_ADDED,
            OnboardingStep.SEEDED,
            OnboardingStep.DONE);
  }
}
