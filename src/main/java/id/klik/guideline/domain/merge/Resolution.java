package id.klik.guideline.domain.merge;

/** A person's decision on a conflict. */
public enum Resolution {
  /** Keep the tenant's version of the conflicting node; the upstream change is not applied. */
  KEEP_LOCAL,
  /**
   * Make the node as it is upstream, replacing the tenant's version of it (restoring it when the
   * tenant had deleted it, deleting it when upstream did). For a move, only the place is taken.
   */
  TAKE_UPSTREAM
}
