package id.klik.innovation.application;

import id.klik.tenancy.application.AcrossTenants;
import id.klik.tenancy.application.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Replication actions as the API and pages call them: the change commits in the acting tenant
 * ({@link ReplicationService}), then the other side is told in its own tenant, entered through
 * {@link AcrossTenants} (audited in the platform audit too). A failure to tell the other side is
 * logged and does not undo the change: the link itself is what both sides read.
 */
@ApplicationScoped
public class Replications {

  private static final Logger LOG = Logger.getLogger(Replications.class.getName());

  @Inject ReplicationService service;
  @Inject ReplicationEchoWriter writer;
  @Inject AcrossTenants tenants;
  @Inject TenantRegistry registry;

  public ReplicationView declare(UUID ownInnovation, String originTenant, UUID originInnovation) {
    return told(service.declare(ownInnovation, originTenant, originInnovation));
  }

  public ReplicationView confirm(UUID linkId) {
    return told(service.confirm(linkId));
  }

  public ReplicationView decline(UUID linkId) {
    return told(service.decline(linkId));
  }

  public ReplicationView end(UUID linkId) {
    return told(service.end(linkId));
  }

  private ReplicationView told(ReplicationService.Declared declared) {
    ReplicationEcho echo = declared.echo();
    try {
      registry
          .find(echo.otherTenant())
          .ifPresent(
              other ->
                  tenants.in(
                      other,
                      "replication: " + echo.action() + " " + echo.linkId(),
                      () -> {
                        writer.write(echo);
                        return null;
                      }));
    } catch (RuntimeException e) {
      LOG.warning(
          () -> "replication " + echo.linkId() + " not told to " + echo.otherTenant() + ": " + e);
    }
    return declared.link();
  }
}
