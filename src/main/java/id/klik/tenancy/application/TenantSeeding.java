package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantManifest;
import java.nio.file.Path;

/**
 * Fired during onboarding, inside the tenant (entered through {@link AcrossTenants}), for the other
 * contexts to seed what the manifest asks of them (work units, adopted templates) without tenancy
 * depending on them. Files the manifest names are read relative to {@code folder}. An observer must
 * be idempotent and throw when the manifest asks for something it cannot do; the onboarding then
 * fails with that message and the next reconcile tries again. {@code folder} is {@code null} for a
 * tenant created through the platform API or console: its manifest names no files.
 */
public record TenantSeeding(TenantManifest manifest, Path folder) {}
