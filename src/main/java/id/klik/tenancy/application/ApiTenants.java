package id.klik.tenancy.application;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.domain.ManifestResult;
import id.klik.tenancy.domain.NewTenant;
import id.klik.tenancy.domain.TenantManifest;
import id.klik.tenancy.domain.TenantProgress;
import id.klik.tenancy.domain.TenantSettings;
import id.klik.tenancy.domain.TenantSource;
import id.klik.tenancy.infrastructure.ApiManifests;
import id.klik.tenancy.infrastructure.JdbcApiTenantStore;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import id.klik.tenancy.infrastructure.ManifestReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.stream.Collectors;

/**
 * Tenants a platform admin creates from the API or console, without a change to the repository:
 * checked as a manifest would be (same schema, rules and messages), kept in the registry row and
 * onboarded in the background by the same {@link Onboarding}; the reconciler completes an
 * onboarding a crash cut short. A folder in {@code tenants/} always wins for its slug: creating
 * that slug is refused, and so is changing the settings of a tenant a folder manages.
 */
@ApplicationScoped
public class ApiTenants {

  @Inject JdbcTenantStore store;
  @Inject JdbcApiTenantStore apiStore;
  @Inject TenantReconciler reconciler;
  @Inject TenantRegistry registry;
  @Inject PlatformCaller currentUser;
  @Inject KlikConfig config;

  private final ApiManifests manifests = new ApiManifests();

  /**
   * Registers the tenant and starts its onboarding; nothing is written when the request is bad
   * (400) or the slug is taken (409).
   *
   * @param via {@code api} or {@code console}, for the audit
   */
  public TenantProgress create(NewTenant request, String via) {
    currentUser.requirePlatformAdmin();
    String manifest = manifests.manifestOf(request);
    ManifestResult checked = manifests.check(request.slug(), manifest, request.problems());
    TenantManifest m = checked.manifest().orElseThrow();
    String slug = m.slug().value();
    if (hasFolder(slug)) {
      throw new ConflictException("tenant.manifestFolder", slug);
    }
    if (store.find(slug).isPresent() || !apiStore.register(m, manifest)) {
      throw new ConflictException("tenant.exists", slug);
    }
    store.audit(
        currentUser.actor(),
        "TENANT_CREATE",
        slug,
        "via "
            + via
            + "; admins: "
            + m.members().stream()
                .map(TenantManifest.Member::username)
                .collect(Collectors.joining(", ")));
    reconciler.onboardInBackground(checked);
    return progress(slug);
  }

  /** Status, settings and onboarding progress; 404 for an unknown slug. */
  public TenantProgress get(String slug) {
    currentUser.requirePlatformAdmin();
    return progress(slug);
  }

  /**
   * Changes the settings of a tenant created through the API; takes effect at once. A tenant a
   * folder manages is refused (409): its settings change in the repository.
   */
  public TenantProgress changeSettings(String slug, TenantSettings settings) {
    currentUser.requirePlatformAdmin();
    TenantProgress current = progress(slug);
    if (current.source() != TenantSource.API || hasFolder(slug)) {
      throw new ConflictException("tenant.managedByManifest", slug);
    }
    String stored =
        apiStore.stored().stream()
            .filter(s -> s.slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("tenant", slug))
            .manifest();
    String changed = manifests.withSettings(stored, settings);
    ManifestResult checked = manifests.check(slug, changed, java.util.List.of());
    apiStore.saveManifest(slug, changed);
    store.applySettings(checked.manifest().orElseThrow());
    apiStore.settingsApplied(slug, checked.hash());
    store.audit(currentUser.actor(), "TENANT_SETTINGS", slug, describe(settings));
    registry.reload();
    return progress(slug);
  }

  private TenantProgress progress(String slug) {
    return apiStore.progress(slug).orElseThrow(() -> new NotFoundException("tenant", slug));
  }

  private boolean hasFolder(String slug) {
    return Files.isRegularFile(config.tenantsDir().resolve(slug).resolve(ManifestReader.FILE));
  }

  private static String describe(TenantSettings s) {
    StringBuilder out = new StringBuilder();
    if (s.name() != null) {
      out.append("name=").append(s.name()).append("; ");
    }
    if (s.timeZone() != null) {
      out.append("timeZone=").append(s.timeZone()).append("; ");
    }
    if (s.locale() != null) {
      out.append("locale=").append(s.locale()).append("; ");
    }
    if (s.modules() != null) {
      out.append("modules=").append(String.join(",", s.modules())).append("; ");
    }
    if (s.primaryColor() != null) {
      out.append("primaryColor=").append(s.primaryColor()).append("; ");
    }
    return out.toString().trim();
  }
}
