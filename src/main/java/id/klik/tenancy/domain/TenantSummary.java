package id.klik.tenancy.domain;

import java.time.Instant;

/** One row of the platform console: a tenant with its migration and onboarding state. */
public record TenantSummary(
    String slug,
    String name,
    TenantKind kind,
    String regionCode,
    TenantStatus status,
    OnboardingStep onboardingStep,
    String schemaName,
    String schemaVersion,
    String migrationState,
    String migrationError,
    String onboardingError,
    Long onboardingMillis,
    Instant onboardedAt,
    Instant lastActivityAt) {}
