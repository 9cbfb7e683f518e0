package id.klik.identity.domain;

/**
 * Where a membership stands: invited and not yet accepted, able to enter, or ended. An ended
 * membership is kept, so the history (audit, authorship) still names a member.
 */
public enum MemberStatus {
  PENDING,
  ACTIVE,
  INACTIVE
}
