package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantManifest;

/**
 * Fired during onboarding, with the tenant set in {@link TenantContext}, for the other contexts to
 * seed what the manifest asks of them (e.g. adopted templates) without tenancy depending on them.
 * An observer must be idempotent and throw when the manifest asks for something it cannot do; the
 * onboarding then fails with that message and the next reconcile tries again.
 */
public record TenantSeeding(TenantManifest manifest) {}
