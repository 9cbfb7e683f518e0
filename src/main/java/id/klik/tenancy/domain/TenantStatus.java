package id.klik.tenancy.domain;

/** Where a tenant stands: only ACTIVE tenants serve requests; SUSPENDED ones answer 503. */
public enum TenantStatus {
  ONBOARDING,
  ACTIVE,
  SUSPENDED,
  FAILED
}
