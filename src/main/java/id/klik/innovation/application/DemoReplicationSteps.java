package id.klik.innovation.application;

import id.klik.innovation.domain.replication.DemoReplication;
import id.klik.innovation.domain.replication.InnovationEnd;
import id.klik.innovation.domain.replication.Replication;
import id.klik.innovation.domain.replication.SharedInnovation;
import id.klik.innovation.infrastructure.DemoInnovations;
import id.klik.innovation.infrastructure.ReplicationRepository;
import id.klik.innovation.infrastructure.SharedDirectoryRepository;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.shared.audit.AuditTrail;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps of a demo replication, each in one tenant's transaction ({@link DemoReplications}
 * enters the tenants). Each is idempotent.
 */
@ApplicationScoped
public class DemoReplicationSteps {

  private static final String SYSTEM = "system";

  @Inject DemoInnovations innovations;
  @Inject InnovationService service;
  @Inject WorkUnitDirectory workUnits;
  @Inject SharedDirectoryRepository directory;
  @Inject ReplicationRepository links;
  @Inject AuditTrail audit;

  /** In the origin's tenant: its innovation by name, shared (and in the directory) from now on. */
  @Transactional
  public Optional<InnovationEnd> shareOrigin(String name) {
    Optional<DemoInnovations.Found> found = innovations.byName(name);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DemoInnovations.Found f = found.get();
    String tenant = TenantContext.require().slug();
    String region = TenantContext.require().name();
    if (!f.shared()) {
      innovations.markShared(f.id());
      audit.record("SHARE", "innovation", f.id(), "demo replication: shared for the demo");
    }
    SharedInnovation entry =
        directory.find(tenant, f.id()).orElseGet(() -> new SharedInnovation(tenant, f.id()));
    entry.show(f.name(), region, f.primaryAffair(), f.stage(), f.goals());
    directory.store(entry);
    return Optional.of(new InnovationEnd(tenant, f.id(), f.name(), region));
  }

  /** In the replica's tenant: its innovation, created from the row when missing. */
  @Transactional
  public Optional<InnovationEnd> ensureReplica(DemoReplication row) {
    Optional<WorkUnitDirectory.Unit> unit = workUnits.findByCode(row.workUnit());
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    service.seedIfMissing(
        new InnovationInput(
            row.innovation(),
            unit.get().id(),
            null,
            row.stage(),
            row.kind(),
            row.form(),
            row.initiator(),
            row.primaryAffair(),
            List.of(),
            row.trialDate(),
            null,
            null,
            row.goals(),
            null,
            null,
            null,
            null,
            null,
            null,
            "aktif",
            false));
    return innovations
        .byName(row.innovation())
        .map(
            f ->
                new InnovationEnd(
                    TenantContext.require().slug(),
                    f.id(),
                    f.name(),
                    TenantContext.require().name()));
  }

  /** In the origin's tenant: the confirmed demo link, unless the two are linked in any state. */
  @Transactional
  public Optional<UUID> confirmLink(InnovationEnd origin, InnovationEnd replica) {
    boolean linked =
        links.ofInnovation(origin.tenant(), origin.innovationId()).stream()
            .anyMatch(l -> l.replica().innovationId().equals(replica.innovationId()));
    if (linked) {
      return Optional.empty();
    }
    Replication link = Replication.declare(origin, true, replica, SYSTEM, true);
    link.confirm(origin.tenant(), SYSTEM);
    links.store(link);
    audit.record(
        "REPLICATION_CONFIRM",
        "innovation",
        origin.innovationId(),
        "demo: " + replica.name() + " (" + replica.region() + "), link " + link.id());
    return Optional.of(link.id());
  }

  /** In the replica's tenant: the audit line of the demo link. */
  @Transactional
  public void auditReplica(UUID link, InnovationEnd origin, InnovationEnd replica) {
    audit.record(
        "REPLICATION_CONFIRMED",
        "replication",
        link,
        "demo: " + replica.name() + " replicates " + origin.name() + " (" + origin.region() + ")");
  }
}
