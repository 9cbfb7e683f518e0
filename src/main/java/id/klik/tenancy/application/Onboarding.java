package id.klik.tenancy.application;

import id.klik.shared.infrastructure.Outages;
import id.klik.tenancy.domain.ManifestResult;
import id.klik.tenancy.domain.OnboardingStep;
import id.klik.tenancy.domain.TenantManifest;
import id.klik.tenancy.domain.TenantModule;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import id.klik.tenancy.infrastructure.JdbcApiTenantStore;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import id.klik.tenancy.infrastructure.TenantMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Brings one tenant from its manifest to ACTIVE: registry row, schema and migrations, Keycloak
 * organization and members (through the {@link TenantDirectory}), seed data (work units, adopted
 * templates: the contexts observe {@link TenantSeeding}). Tenant work runs through {@link
 * AcrossTenants}, audited. The step reached is stored after each step and every step is idempotent,
 * so whatever a crash leaves, the next run completes. An unchanged, finished tenant is skipped.
 */
@ApplicationScoped
public class Onboarding {

  private static final Logger LOG = Logger.getLogger(Onboarding.class.getName());

  /** What happened to one tenant. */
  public enum Result {
    ONBOARDED,
    UPDATED,
    UNCHANGED,
    FAILED,
    /** Keycloak or the database was down: the steps done are kept, the reconciler tries again. */
    UNAVAILABLE
  }

  @Inject JdbcTenantStore store;
  @Inject JdbcApiTenantStore apiStore;
  @Inject TenantDirectory directory;
  @Inject AcrossTenants tenants;
  @Inject Event<TenantSeeding> seeding;

  /** Onboards or updates one tenant; replicas reconciling at once take turns per tenant. */
  public Result ensure(ManifestResult manifestResult) {
    String slug = manifestResult.manifest().orElseThrow().slug().value();
    try (JdbcTenantStore.OnboardingLock lock = store.lockOnboarding(slug)) {
      return ensureLocked(manifestResult);
    }
  }

  private Result ensureLocked(ManifestResult manifestResult) {
    TenantManifest m = manifestResult.manifest().orElseThrow();
    String slug = m.slug().value();
    long start = System.nanoTime();
    store.register(m);
    if (manifestResult.dir() != null && apiStore.takenOverByRepository(slug)) {
      // a folder in tenants/ always wins for its slug (tenants/README.md)
      store.audit("system", "TENANT_TAKEN_OVER", slug, "tenants/" + slug + " replaces the API's");
    }
    JdbcTenantStore.Row row = store.find(slug).orElseThrow();
    boolean finished = row.step() == OnboardingStep.DONE;
    if (finished && manifestResult.hash().equals(row.manifestHash())) {
      return Result.UNCHANGED;
    }
    try {
      store.applySettings(m);
      TenantRef tenant = asRef(m);
      String error =
          new TenantMigrator(store.dataSource(), 1).migrateTenant(tenant.schema()).error();
      if (error != null) {
        throw new IllegalStateException("migration failed: " + error);
      }
      store.stepReached(slug, max(row.step(), OnboardingStep.MIGRATED));
      String orgId = ensureOrganization(m, row.orgId());
      store.stepReached(slug, max(row.step(), OnboardingStep.ORGANIZATION_CREATED));
      tenants.run(
          tenant,
          "onboarding: members",
          () -> m.members().forEach(member -> directory.ensureMember(orgId, member)));
      store.stepReached(slug, max(row.step(), OnboardingStep.MEMBERS_ADDED));
      tenants.run(
          tenant,
          "onboarding: seed data",
          () -> seeding.fire(new TenantSeeding(m, manifestResult.dir())));
      store.stepReached(slug, max(row.step(), OnboardingStep.SEEDED));
      store.onboarded(
          slug, manifestResult.hash(), (System.nanoTime() - start) / 1_000_000, m.suspended());
      store.audit("system", finished ? "SETTINGS_APPLIED" : "ONBOARDED", slug, null);
      LOG.info(() -> "tenant=" + slug + " onboarding complete");
      return finished ? Result.UPDATED : Result.ONBOARDED;
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      LOG.warning(() -> "tenant=" + slug + " onboarding failed: " + message);
      store.onboardingFailed(slug, message);
      return Outages.of(e).isPresent() ? Result.UNAVAILABLE : Result.FAILED;
    }
  }

  private String ensureOrganization(TenantManifest m, String knownId) {
    if (knownId != null) {
      return knownId;
    }
    String id = directory.ensureOrganization(m.slug().value(), m.name());
    store.organizationCreated(m.slug().value(), id);
    return id;
  }

  private static TenantRef asRef(TenantManifest m) {
    return new TenantRef(
        m.slug().value(),
        m.slug().schemaName(),
        m.name(),
        m.kind(),
        m.regionCode(),
        TenantStatus.ONBOARDING,
        m.locale(),
        m.timeZone(),
        TenantModule.parseList(String.join(",", m.modules())),
        m.primaryColor().orElse(null),
        m.logo().orElse(null));
  }

  private static OnboardingStep max(OnboardingStep a, OnboardingStep b) {
    return a.reached(b) ? a : b;
  }
}
