/**
 * Tenants: the registry in the {@code platform} schema and its plain {@code TenantResolution} for
 * the edge, one PostgreSQL schema per tenant, the one way into a tenant ({@code TenantScope} for
 * the edge, {@code AcrossTenants} for audited work across tenants; a switch inside an open
 * transaction fails), declarative tenants from {@code tenants/<slug>/tenant.yaml}, onboarding and
 * the parallel, resumable schema migrator. Depends only on {@code shared}: onboarding reaches
 * Keycloak through the {@code TenantDirectory} port and announces {@code TenantSeeding} and {@code
 * TenantsReconciled} to the contexts that seed or reload.
 */
package id.klik.tenancy;
