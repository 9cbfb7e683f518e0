package id.klik.guideline.domain.merge;

/** What happened to a node between two versions. */
public enum ChangeType {
  ADDED,
  REMOVED,
  /** The value changed; for items and objects only when they are compared as one value. */
  CHANGED,
  /** A list item kept its content but changed its place among the items both versions have. */
  MOVED
}
