package id.klik.innovation.application;

import id.klik.innovation.domain.replication.InnovationEnd;
import id.klik.innovation.domain.replication.Replication;
import id.klik.innovation.domain.replication.ReplicationSide;
import id.klik.innovation.domain.replication.ReplicationState;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A link as one side sees it: its own innovation, and of the other side the innovation's name and
 * region only.
 *
 * @param mayAnswer whether this side may confirm or decline it now (the origin, while requested)
 * @param mayEnd whether this side may end it now (either side, while open)
 */
public record ReplicationView(
    UUID id,
    ReplicationSide side,
    ReplicationState state,
    InnovationEnd own,
    InnovationEnd other,
    OffsetDateTime requestedAt,
    OffsetDateTime decidedAt,
    OffsetDateTime endedAt,
    boolean demo,
    boolean mayAnswer,
    boolean mayEnd) {

  static ReplicationView of(Replication r, String tenant, boolean mayEdit) {
    ReplicationSide side = r.requireSide(tenant);
    return new ReplicationView(
        r.id(),
        side,
        r.state(),
        r.own(tenant),
        r.other(tenant),
        r.requestedAt(),
        r.decidedAt().orElse(null),
        r.endedAt().orElse(null),
        r.demo(),
        mayEdit && side == ReplicationSide.ORIGIN && r.state() == ReplicationState.REQUESTED,
        mayEdit && r.state().open());
  }
}
