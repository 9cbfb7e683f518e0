/**
 * Tenants: the registry in the {@code platform} schema, one PostgreSQL schema per tenant, the
 * request's tenant (from the path {@code /t/<slug>/} or the host {@code <slug>.<base-domain>}),
 * declarative tenants from {@code tenants/<slug>/tenant.yaml}, onboarding and the parallel,
 * resumable schema migrator. Depends on {@code shared} and, for onboarding, on {@code identity} and
 * {@code organization}.
 */
package id.klik.tenancy;
