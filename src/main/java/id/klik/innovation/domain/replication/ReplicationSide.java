package id.klik.innovation.domain.replication;

/** Which side of a link a tenant is on. */
public enum ReplicationSide {
  /** Region A: its innovation Y is the one replicated. */
  ORIGIN,
  /** Region B: its innovation X replicates Y. */
  REPLICA
}
