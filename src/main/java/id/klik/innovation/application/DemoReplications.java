package id.klik.innovation.application;

import id.klik.innovation.domain.replication.DemoReplication;
import id.klik.innovation.domain.replication.InnovationEnd;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.infrastructure.PlatformDatabase;
import id.klik.tenancy.application.AcrossTenants;
import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.application.TenantsReconciled;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo replications declared beside a tenant's manifest ({@code
 * tenants/<slug>/demo-replications.csv}), completed after every reconcile, when every tenant of the
 * run is onboarded: whatever order the tenants came in, a link whose origin innovation is not there
 * yet is completed by a later reconcile. A link made once is never made again (also not after
 * either side ended it).
 */
@ApplicationScoped
public class DemoReplications {

  static final String FILE = "demo-replications.csv";
  private static final Logger LOG = Logger.getLogger(DemoReplications.class.getName());

  @Inject KlikConfig config;
  @Inject TenantRegistry registry;
  @Inject AcrossTenants tenants;
  @Inject DemoReplicationSteps steps;
  @Inject PlatformDatabase platform;

  /** The reconcile's thread has no request: the services asked (who acts, audit) need one. */
  @ActivateRequestContext
  void afterReconcile(@Observes TenantsReconciled reconciled) {
    try {
      apply();
    } catch (RuntimeException e) {
      LOG.warning(() -> FILE + " not applied: " + e);
    }
  }

  public void apply() {
    for (TenantRef replica : registry.active()) {
      Path file = config.tenantsDir().resolve(replica.slug()).resolve(FILE);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        for (DemoReplication row :
            DemoReplication.parse(Files.readString(file, StandardCharsets.UTF_8))) {
          complete(replica, row);
        }
      } catch (IOException | RuntimeException e) {
        LOG.warning(() -> "tenant=" + replica.slug() + " " + FILE + ": " + e);
      }
    }
  }

  private void complete(TenantRef replica, DemoReplication row) {
    if (linkedBefore(replica.slug(), row)) {
      return;
    }
    Optional<TenantRef> origin = registry.find(row.originTenant());
    if (origin.isEmpty()) {
      LOG.info(() -> FILE + ": " + row.originTenant() + " is not onboarded yet");
      return;
    }
    Optional<InnovationEnd> originEnd =
        tenants.in(
            origin.get(),
            "demo replication: share " + row.originInnovation(),
            () -> steps.shareOrigin(row.originInnovation()));
    if (originEnd.isEmpty()) {
      LOG.info(() -> FILE + ": " + row.originInnovation() + " is not there yet; next reconcile");
      return;
    }
    Optional<InnovationEnd> replicaEnd =
        tenants.in(
            replica, "demo replication: " + row.innovation(), () -> steps.ensureReplica(row));
    if (replicaEnd.isEmpty()) {
      LOG.warning(() -> FILE + ": work unit " + row.workUnit() + " missing in " + replica.slug());
      return;
    }
    Optional<UUID> link =
        tenants.in(
            origin.get(),
            "demo replication: confirm",
            () -> steps.confirmLink(originEnd.get(), replicaEnd.get()));
    link.ifPresent(
        id ->
            tenants.in(
                replica,
                "demo replication: audit",
                () -> {
                  steps.auditReplica(id, originEnd.get(), replicaEnd.get());
                  return null;
                }));
  }

  /** Whether the demo link was made already (by names, so no tenant is entered to find out). */
  private boolean linkedBefore(String replicaTenant, DemoReplication row) {
    try (Connection c = platform.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from platform.replication where demo and replica_tenant = ?"
                    + " and origin_tenant = ? and lower(replica_name) = lower(?)"
                    + " and lower(origin_name) = lower(?)")) {
      s.setString(1, replicaTenant);
      s.setString(2, row.originTenant());
      s.setString(3, row.innovation());
      s.setString(4, row.originInnovation());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read platform.replication: " + e.getMessage(), e);
    }
  }
}
