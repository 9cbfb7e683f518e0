package id.klik.tenancy.application;

import id.klik.tenancy.infrastructure.JdbcTenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The platform's audit trail, for platform-level writes of other contexts (e.g. registering a
 * national mentor): one line, committed at once, naming the person and, where one is concerned, the
 * tenant.
 */
@ApplicationScoped
public class PlatformAudit {

  @Inject JdbcTenantStore store;

  public void record(String actor, String action, String details) {
    store.audit(actor, action, null, details);
  }
}
