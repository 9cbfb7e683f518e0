package id.klik.innovation.api;

import id.klik.innovation.application.InnovationReplications;
import java.util.List;
import java.util.UUID;

/**
 * An innovation's replication: whether it is shared, how many regions replicated it (distinct
 * regions with a confirmed link; the index's Replikasi indicator) and its links on either side.
 */
public record InnovationReplicationsDto(
    UUID innovationId,
    String innovationName,
    boolean shared,
    long regionsReplicating,
    boolean mayEdit,
    List<ReplicationDto> links) {

  static InnovationReplicationsDto of(InnovationReplications r) {
    return new InnovationReplicationsDto(
        r.innovation().id(),
        r.innovation().name(),
        r.innovation().shared(),
        r.regionsReplicating(),
        r.mayEdit(),
        r.links().stream().map(ReplicationDto::of).toList());
  }
}
