package id.klik.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * An invitation to a pending membership: the secret token travels only in the mail, the table keeps
 * its hash. It can be used once, until it expires; inviting again revokes the earlier ones, so only
 * the newest mail's link works.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

  /** What an invitation's link can still do. */
  public enum State {
    OPEN,
    EXPIRED,
    USED,
    REVOKED
  }

  @Id private UUID id;

  @Column(name = "membership_id")
  private UUID membershipId;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected Invitation() {}

  public Invitation(
      UUID membershipId, String tokenHash, Instant now, Duration validFor, String createdBy) {
    this.id = UUID.randomUUID();
    this.membershipId = membershipId;
    this.tokenHash = tokenHash;
    this.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    this.expiresAt = OffsetDateTime.ofInstant(now.plus(validFor), ZoneOffset.UTC);
    this.createdBy = createdBy;
  }

  public UUID id() {
    return id;
  }

  public UUID membershipId() {
    return membershipId;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }

  public State state(Instant now) {
    if (usedAt != null) {
      return State.USED;
    }
    if (revokedAt != null) {
      return State.REVOKED;
    }
    return now.isBefore(expiresAt.toInstant()) ? State.OPEN : State.EXPIRED;
  }

  /** Accepted: the link does nothing more. */
  public void use(Instant now) {
    this.usedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  /** Replaced by a newer invitation, or the membership ended. */
  public void revoke(Instant now) {
    if (usedAt == null && revokedAt == null) {
      this.revokedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }
  }
}
