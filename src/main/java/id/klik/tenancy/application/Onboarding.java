package id.klik.tenancy.application;

import id.klik.identity.application.MembershipService;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.KeycloakAdmin;
import id.klik.organization.application.WorkUnitService;
import id.klik.tenancy.domain.ManifestResult;
import id.klik.tenancy.domain.OnboardingStep;
import id.klik.tenancy.domain.TenantManifest;
import id.klik.tenancy.domain.TenantModule;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import id.klik.tenancy.infrastructure.TenantMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Brings one tenant from its manifest to ACTIVE: registry row, schema and migrations, Keycloak
 * organization, members, seed data (work units here, adopted templates through {@link
 * TenantSeeding}). The step reached is stored after each step and every step is idempotent, so
 * whatever a crash leaves, the next run completes. An unchanged, finished tenant is skipped.
 */
@ApplicationScoped
public class Onboarding {

  private static final Logger LOG = Logger.getLogger(Onboarding.class.getName());

  /** What happened to one tenant. */
  public enum Result {
    ONBOARDED,
    UPDATED,
    UNCHANGED,
    FAILED
  }

  @Inject JdbcTenantStore store;
  @Inject KeycloakAdmin keycloak;
  @Inject MembershipService memberships;
  @Inject WorkUnitService workUnits;
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
      for (TenantManifest.Member member : m.members()) {
        ensureMember(tenant, orgId, member);
      }
      store.stepReached(slug, max(row.step(), OnboardingStep.MEMBERS_ADDED));
      seedWorkUnits(tenant, manifestResult);
      TenantContext.runAs(tenant, () -> seeding.fire(new TenantSeeding(m)));
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
      return Result.FAILED;
    }
  }

  private String ensureOrganization(TenantManifest m, String knownId) {
    if (knownId != null) {
      return knownId;
    }
    String slug = m.slug().value();
    String id =
        keycloak
            .findOrganization(slug)
            .orElseGet(() -> keycloak.createOrganization(slug, m.name()));
    store.organizationCreated(slug, id);
    return id;
  }

  private void ensureMember(TenantRef tenant, String orgId, TenantManifest.Member member) {
    String userId =
        keycloak
            .findUserId(member.username())
            .orElseGet(() -> keycloak.createUser(member.username(), member.email(), member.name()));
    keycloak.addMember(orgId, userId);
    Set<TenantRole> roles =
        member.roles().stream().map(TenantRole::parse).collect(Collectors.toSet());
    TenantContext.runAs(
        tenant,
        () ->
            memberships.ensureMember(
                member.username(), member.email(), member.name(), userId, roles));
  }

  /** Seeds only an empty tenant: a region's later edits are never overwritten by the seed. */
  private void seedWorkUnits(TenantRef tenant, ManifestResult manifestResult) {
    var csv = manifestResult.manifest().orElseThrow().workUnitsCsv();
    if (csv.isEmpty()) {
      return;
    }
    try {
      String text =
          Files.readString(manifestResult.dir().resolve(csv.get()), StandardCharsets.UTF_8);
      TenantContext.runAs(tenant, () -> workUnits.seedIfEmpty(text));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + csv.get() + ": " + e.getMessage(), e);
    }
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
