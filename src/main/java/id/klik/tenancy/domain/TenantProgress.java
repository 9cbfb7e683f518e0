package id.klik.tenancy.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One tenant as {@code GET /api/platform/tenants/<slug>} and the console's progress view show it:
 * its settings, where its manifest lives, and how far onboarding got.
 *
 * @param stepsReached the onboarding steps done, in order
 * @param onboardingError why the last onboarding attempt stopped; {@code null} when it did not
 * @param modules the modules switched on; empty means all
 */
public record TenantProgress(
    String slug,
    String name,
    TenantKind kind,
    String regionCode,
    String timeZone,
    String locale,
    List<String> modules,
    String primaryColor,
    TenantSource source,
    TenantStatus status,
    OnboardingStep onboardingStep,
    List<OnboardingStep> stepsReached,
    String migrationState,
    String onboardingError,
    Instant createdAt,
    Instant onboardingStartedAt,
    Instant onboardedAt,
    Instant updatedAt) {

  public TenantProgress {
    modules = List.copyOf(modules);
    stepsReached = List.copyOf(stepsReached);
  }

  /** The steps up to and including {@code step}. */
  public static List<OnboardingStep> reachedUpTo(OnboardingStep step) {
    return Arrays.stream(OnboardingStep.values()).filter(step::reached).toList();
  }

  /** Onboarding is over: the tenant serves requests (or was suspended). */
  public boolean isFinished() {
    return onboardingStep == OnboardingStep.DONE;
  }

  /** The last attempt stopped; the reconciler or a person tries again. */
  public boolean isFailed() {
    return !isFinished() && onboardingError != null;
  }

  /** Settings change in {@code tenants/<slug>/tenant.yaml}, not here. */
  public boolean isManagedByManifest() {
    return source == TenantSource.REPOSITORY;
  }
}
