package id.klik.identity.application;

import id.klik.shared.audit.AuditSubject;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/**
 * Names the audit's tenant and person: the current tenant and the request's caller, or "system".
 */
@ApplicationScoped
public class RequestAuditSubject implements AuditSubject {

  @Inject CurrentUser currentUser;

  @Override
  public String tenant() {
    return TenantContext.require().slug();
  }

  @Override
  public String actor() {
    try {
      return currentUser.actor();
    } catch (ContextNotActiveException noRequest) {
      return "system";
    }
  }
}
