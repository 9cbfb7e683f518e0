package id.klik.guideline.domain.merge;

/** Why an upstream change cannot be merged without a person deciding. */
public enum ConflictKind {
  /** The tenant and the publisher both changed the same thing, differently. */
  BOTH_CHANGED,
  /** One side deleted what the other side edited. */
  DELETE_VS_EDIT
}
