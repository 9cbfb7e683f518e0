package id.klik.innovation.api;

import id.klik.innovation.application.ReplicationView;
import id.klik.innovation.domain.replication.InnovationEnd;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A replication link as this tenant sees it: its own innovation, and of the other side the
 * innovation's name and region only.
 *
 * @param side {@code ORIGIN} (our innovation is replicated) or {@code REPLICA} (ours replicates)
 * @param state {@code REQUESTED}, {@code CONFIRMED}, {@code DECLINED} or {@code ENDED}
 */
public record ReplicationDto(
    UUID id,
    String side,
    String state,
    UUID innovationId,
    String innovationName,
    Other other,
    OffsetDateTime requestedAt,
    OffsetDateTime decidedAt,
    OffsetDateTime endedAt,
    boolean demo,
    boolean mayAnswer,
    boolean mayEnd) {

  /** The other side: its innovation's name and its region's name, nothing else. */
  public record Other(String name, String region) {}

  static ReplicationDto of(ReplicationView v) {
    InnovationEnd own = v.own();
    return new ReplicationDto(
        v.id(),
        v.side().name(),
        v.state().name(),
        own.innovationId(),
        own.name(),
        new Other(v.other().name(), v.other().region()),
        v.requestedAt(),
        v.decidedAt(),
        v.endedAt(),
        v.demo(),
        v.mayAnswer(),
        v.mayEnd());
  }
}
