package id.klik.tenancy.domain;

/**
 * The steps of onboarding, in order. The step reached is stored after each one, so a crash leaves a
 * state that the next reconcile completes; every step is idempotent.
 */
public enum OnboardingStep {
  REGISTERED,
  SCHEMA_CREATED,
  MIGRATED,
  ORGANIZATION_CREATED,
  MEMBERS_ADDED,
  SEEDED,
  DONE;

  public boolean reached(OnboardingStep other) {
    return compareTo(other) >= 0;
  }
}
