package id.klik.innovation.application;

import java.util.List;

/**
 * An innovation's replication tab: whether it is shared, how many regions replicated it (confirmed
 * links), and its links on either side.
 */
public record InnovationReplications(
    InnovationRef innovation,
    long regionsReplicating,
    List<ReplicationView> links,
    boolean mayEdit) {}
