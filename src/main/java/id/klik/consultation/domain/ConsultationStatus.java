package id.klik.consultation.domain;

/** Where a consultation stands: asked for, confirmed on a slot, or cancelled. */
public enum ConsultationStatus {
  REQUESTED,
  CONFIRMED,
  CANCELLED
}
