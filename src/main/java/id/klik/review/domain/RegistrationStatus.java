package id.klik.review.domain;

/** A registration waits for screening, then is accepted into judging or rejected with a reason. */
public enum RegistrationStatus {
  REGISTERED,
  ACCEPTED,
  REJECTED
}
