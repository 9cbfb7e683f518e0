package id.klik.innovation.application;

import id.klik.innovation.domain.replication.InnovationEnd;
import id.klik.innovation.domain.replication.Replication;
import id.klik.innovation.domain.replication.SharedInnovation;
import id.klik.innovation.infrastructure.ReplicationRepository;
import id.klik.innovation.infrastructure.SharedDirectoryRepository;
import id.klik.shared.audit.AuditSubject;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Replication links in the acting tenant's transaction: declare (the replica's region, for one of
 * its innovations it may edit), confirm or decline (the origin's region), end (either). Each change
 * is audited here and answers what the other side is to be told ({@link ReplicationEcho}); {@link
 * Replications} tells it after the commit.
 */
@ApplicationScoped
public class ReplicationService {

  @Inject InnovationAccess access;
  @Inject ReplicationRepository links;
  @Inject SharedDirectoryRepository directory;
  @Inject AuditTrail audit;
  @Inject AuditSubject subject;

  /** The links of an innovation of this tenant, on either side, and its count of regions. */
  @Transactional
  public InnovationReplications of(UUID innovationId) {
    InnovationRef ref = access.readable(innovationId);
    String tenant = subject.tenant();
    boolean mayEdit = access.mayEdit(ref.id());
    List<ReplicationView> views =
        links.ofInnovation(tenant, ref.id()).stream()
            .map(r -> ReplicationView.of(r, tenant, mayEdit))
            .toList();
    return new InnovationReplications(
        ref, links.regionsReplicating(tenant, ref.id()), views, mayEdit);
  }

  /** One link this tenant is on; any other answers 404. */
  @Transactional
  public ReplicationView get(UUID linkId) {
    String tenant = subject.tenant();
    Replication link =
        links.find(linkId).orElseThrow(() -> new NotFoundException("replication", linkId));
    InnovationEnd own = link.own(tenant);
    return ReplicationView.of(link, tenant, access.mayEdit(own.innovationId()));
  }

  /** Declares that this tenant's innovation replicates another tenant's shared innovation. */
  @Transactional
  public Declared declare(UUID ownInnovationId, String originTenant, UUID originInnovationId) {
    if (originTenant == null || originTenant.isBlank()) {
      throw ValidationException.of("tenant", "replication.tenantRequired");
    }
    if (originInnovationId == null) {
      throw ValidationException.of("innovationId", "replication.innovationRequired");
    }
    InnovationRef own = access.editable(ownInnovationId);
    String tenant = subject.tenant();
    SharedInnovation shared = directory.find(originTenant.trim(), originInnovationId).orElse(null);
    InnovationEnd origin =
        shared == null
            ? new InnovationEnd(originTenant.trim(), originInnovationId, "?", "?")
            : new InnovationEnd(
                shared.tenant(), shared.innovationId(), shared.name(), shared.region());
    InnovationEnd replica =
        new InnovationEnd(tenant, own.id(), own.name(), TenantContext.require().name());
    Replication link = Replication.declare(origin, shared != null, replica, subject.actor(), false);
    if (links.open(origin.tenant(), origin.innovationId(), tenant, own.id()).isPresent()) {
      throw new ConflictException("replication.exists");
    }
    links.store(link);
    audit.record(
        "REPLICATION_DECLARE",
        "innovation",
        own.id(),
        "replicates " + origin.name() + " (" + origin.region() + "), link " + link.id());
    return new Declared(
        ReplicationView.of(link, tenant, true),
        echo(link, "REPLICATION_REQUESTED", "replication-requested"));
  }

  @Transactional
  public Declared confirm(UUID linkId) {
    Replication link = changeable(linkId);
    link.confirm(subject.tenant(), subject.actor());
    return done(link, "REPLICATION_CONFIRM", "REPLICATION_CONFIRMED", "replication-confirmed");
  }

  @Transactional
  public Declared decline(UUID linkId) {
    Replication link = changeable(linkId);
    link.decline(subject.tenant(), subject.actor());
    return done(link, "REPLICATION_DECLINE", "REPLICATION_DECLINED", "replication-declined");
  }

  @Transactional
  public Declared end(UUID linkId) {
    Replication link = changeable(linkId);
    link.end(subject.tenant(), subject.actor());
    return done(link, "REPLICATION_END", "REPLICATION_ENDED", "replication-ended");
  }

  /** The link, locked; 404 unless this tenant is on it, 403 unless the caller may edit its end. */
  private Replication changeable(UUID linkId) {
    Replication link =
        links.lock(linkId).orElseThrow(() -> new NotFoundException("replication", linkId));
    InnovationEnd own = link.own(subject.tenant());
    access.editable(own.innovationId());
    return link;
  }

  private Declared done(Replication link, String action, String echoAction, String mail) {
    String tenant = subject.tenant();
    InnovationEnd own = link.own(tenant);
    InnovationEnd other = link.other(tenant);
    audit.record(
        action,
        "innovation",
        own.innovationId(),
        other.name() + " (" + other.region() + "), link " + link.id());
    return new Declared(ReplicationView.of(link, tenant, true), echo(link, echoAction, mail));
  }

  private ReplicationEcho echo(Replication link, String action, String mail) {
    String tenant = subject.tenant();
    InnovationEnd own = link.own(tenant);
    InnovationEnd other = link.other(tenant);
    return new ReplicationEcho(
        link.id(),
        other.tenant(),
        action,
        own.name() + " (" + own.region() + ") / " + other.name() + ", link " + link.id(),
        mail,
        own.region(),
        other.name(),
        own.name(),
        other.innovationId());
  }

  /** The link as this side now sees it, and what the other side is to be told. */
  public record Declared(ReplicationView link, ReplicationEcho echo) {}
}
