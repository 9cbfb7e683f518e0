package id.klik.innovation.domain.replication;

/** Where a replication link stands. */
public enum ReplicationState {
  /** Declared by the replicating region, waiting for the origin's answer. */
  REQUESTED,
  /** The origin agreed: both see the link and the origin counts the region. */
  CONFIRMED,
  /** The origin refused; kept as a record, never counted. */
  DECLINED,
  /** Ended by either side (a request withdrawn or a confirmed link ended); never counted. */
  ENDED;

  public boolean open() {
    return this == REQUESTED || this == CONFIRMED;
  }
}
