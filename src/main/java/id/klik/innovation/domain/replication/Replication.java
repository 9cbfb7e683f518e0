package id.klik.innovation.domain.replication;

import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * "Innovation X of region B (the replica) replicates innovation Y of region A (the origin)". B
 * declares it for one of its own innovations and a shared innovation of another region; only A
 * confirms or declines a request; either side ends a request or a confirmed link. A tenant that is
 * on neither side does not learn that the link exists (404). Confirmed links count for the origin:
 * the number of distinct regions replicating it feeds the index's Replikasi indicator.
 */
@Entity
@Table(schema = "platform", name = "replication")
public class Replication {

  @Id private UUID id;

  @Column(name = "origin_tenant")
  private String originTenant;

  @Column(name = "origin_innovation")
  private UUID originInnovation;

  @Column(name = "origin_name")
  private String originName;

  @Column(name = "origin_region")
  private String originRegion;

  @Column(name = "replica_tenant")
  private String replicaTenant;

  @Column(name = "replica_innovation")
  private UUID replicaInnovation;

  @Column(name = "replica_name")
  private String replicaName;

  @Column(name = "replica_region")
  private String replicaRegion;

  @Enumerated(EnumType.STRING)
  private ReplicationState state;

  private boolean demo;

  @Column(name = "requested_at")
  private OffsetDateTime requestedAt;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  @Column(name = "ended_by_tenant")
  private String endedByTenant;

  @Version private long version;

  protected Replication() {}

  private Replication(InnovationEnd origin, InnovationEnd replica, String who, boolean demo) {
    this.id = UUID.randomUUID();
    this.originTenant = origin.tenant();
    this.originInnovation = origin.innovationId();
    this.originName = origin.name();
    this.originRegion = origin.region();
    this.replicaTenant = replica.tenant();
    this.replicaInnovation = replica.innovationId();
    this.replicaName = replica.name();
    this.replicaRegion = replica.region();
    this.state = ReplicationState.REQUESTED;
    this.demo = demo;
    this.requestedAt = now();
    this.requestedBy = who;
  }

  /**
   * The replica's region declares that its innovation replicates the origin's. The origin must be
   * shared by its region, and in another region.
   */
  public static Replication declare(
      InnovationEnd origin, boolean originShared, InnovationEnd replica, String who, boolean demo) {
    if (origin.tenant().equals(replica.tenant())) {
      throw ValidationException.of("tenant", "replication.sameTenant");
    }
    if (!originShared) {
      throw ValidationException.of("innovationId", "replication.notShared");
    }
    return new Replication(origin, replica, who, demo);
  }

  /** The side this tenant is on, if it is on one. */
  public Optional<ReplicationSide> sideOf(String tenant) {
    if (originTenant.equals(tenant)) {
      return Optional.of(ReplicationSide.ORIGIN);
    }
    if (replicaTenant.equals(tenant)) {
      return Optional.of(ReplicationSide.REPLICA);
    }
    return Optional.empty();
  }

  /** The side of this tenant; a tenant on neither side is told the link does not exist. */
  public ReplicationSide requireSide(String tenant) {
    return sideOf(tenant).orElseThrow(() -> new NotFoundException("replication", id));
  }

  /** The origin agrees. Confirming twice, or a link no longer requested, is a conflict. */
  public void confirm(String tenant, String who) {
    decide(tenant, who, ReplicationState.CONFIRMED);
  }

  /** The origin refuses a request. */
  public void decline(String tenant, String who) {
    decide(tenant, who, ReplicationState.DECLINED);
  }

  private void decide(String tenant, String who, ReplicationState outcome) {
    if (requireSide(tenant) != ReplicationSide.ORIGIN) {
      throw new AccessDeniedException("replication.onlyOrigin");
    }
    if (state == outcome) {
      throw new ConflictException(
          outcome == ReplicationState.CONFIRMED
              ? "replication.alreadyConfirmed"
              : "replication.alreadyDeclined");
    }
    if (state != ReplicationState.REQUESTED) {
      throw new ConflictException("replication.notRequested", state.name());
    }
    this.state = outcome;
    this.decidedAt = now();
    this.decidedBy = who;
  }

  /** Either side ends a request (withdrawn or refused early) or a confirmed link. */
  public void end(String tenant, String who) {
    requireSide(tenant);
    if (!state.open()) {
      throw new ConflictException("replication.notOpen", state.name());
    }
    this.state = ReplicationState.ENDED;
    this.endedAt = now();
    this.endedBy = who;
    this.endedByTenant = tenant;
  }

  /** The end of the link that belongs to this tenant. */
  public InnovationEnd own(String tenant) {
    return requireSide(tenant) == ReplicationSide.ORIGIN ? origin() : replica();
  }

  /** The other side's end: its innovation's name and region are all this tenant sees of it. */
  public InnovationEnd other(String tenant) {
    return requireSide(tenant) == ReplicationSide.ORIGIN ? replica() : origin();
  }

  public InnovationEnd origin() {
    return new InnovationEnd(originTenant, originInnovation, originName, originRegion);
  }

  public InnovationEnd replica() {
    return new InnovationEnd(replicaTenant, replicaInnovation, replicaName, replicaRegion);
  }

  /** The regions (distinct tenants) with a confirmed link replicating the origin's innovation. */
  public static long regionsReplicating(
      Collection<Replication> links, String originTenant, UUID originInnovation) {
    return links.stream()
        .filter(r -> r.state == ReplicationState.CONFIRMED)
        .filter(r -> r.originTenant.equals(originTenant))
        .filter(r -> r.originInnovation.equals(originInnovation))
        .map(r -> r.replicaTenant)
        .distinct()
        .count();
  }

  /** Keeps the names both sides see in step with their innovations. */
  public void renamed(String tenant, UUID innovation, String name) {
    if (originTenant.equals(tenant) && originInnovation.equals(innovation)) {
      this.originName = name;
    }
    if (replicaTenant.equals(tenant) && replicaInnovation.equals(innovation)) {
      this.replicaName = name;
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public ReplicationState state() {
    return state;
  }

  public boolean demo() {
    return demo;
  }

  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Optional<OffsetDateTime> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<OffsetDateTime> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<String> endedByTenant() {
    return Optional.ofNullable(endedByTenant);
  }
}
