package id.klik.identity.domain;

import id.klik.shared.infrastructure.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person's membership in the current tenant, with their tenant roles. Holding a token for the
 * tenant's organization is not enough: a request passes only with an ACTIVE membership here too. A
 * membership starts PENDING when a clinic admin invites someone and turns ACTIVE when they accept;
 * it ends INACTIVE and stays for the history.
 */
@Entity
@Table(name = "membership")
public class Membership {

  @Id private UUID id;

  @Column(name = "user_id")
  private String userId;

  private String username;
  private String email;

  @Column(name = "display_name")
  private String displayName;

  private String roles;
  private String status;

  @Column(name = "work_unit_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID workUnitId;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Membership() {}

  /** An active membership, as the tenant's manifest declares it. */
  public Membership(String username, String email, String displayName) {
    this.id = UUID.randomUUID();
    this.username = username;
    this.email = email;
    this.displayName = displayName;
    this.roles = "";
    this.status = MemberStatus.ACTIVE.name();
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  /** A membership waiting for the invited person to accept, bound to their Keycloak account. */
  public static Membership invited(
      String username,
      String email,
      String displayName,
      String keycloakUserId,
      Set<TenantRole> roles,
      UUID workUnitId) {
    Membership m = new Membership(username, email, displayName);
    m.status = MemberStatus.PENDING.name();
    m.userId = keycloakUserId;
    m.workUnitId = workUnitId;
    m.replaceRoles(roles);
    return m;
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String userId() {
    return userId;
  }

  public UUID workUnitId() {
    return workUnitId;
  }

  public long version() {
    return version;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public MemberStatus status() {
    return status == null ? MemberStatus.ACTIVE : MemberStatus.valueOf(status);
  }

  public boolean active() {
    return status() == MemberStatus.ACTIVE;
  }

  /** Binds the membership to the Keycloak account it was created for. */
  public void linkAccount(String keycloakUserId) {
    this.userId = keycloakUserId;
  }

  public Set<TenantRole> roles() {
    if (roles == null || roles.isBlank()) {
      return EnumSet.noneOf(TenantRole.class);
    }
    return Arrays.stream(roles.split(","))
        .map(TenantRole::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(TenantRole.class)));
  }

  /** Adds roles; declared roles are only ever added, never silently removed. */
  public void grant(Set<TenantRole> more) {
    Set<TenantRole> all = roles();
    all.addAll(more);
    setRoles(all);
  }

  /** Sets exactly these roles (a clinic admin's change); the last-admin rule is checked before. */
  public void replaceRoles(Set<TenantRole> exactly) {
    setRoles(exactly);
    touch();
  }

  public void assignWorkUnit(UUID workUnit) {
    this.workUnitId = workUnit;
    touch();
  }

  /** The invited person accepted: they may enter from now on. */
  public void activate() {
    this.status = MemberStatus.ACTIVE.name();
    touch();
  }

  /** Invited again after the membership had ended, or an invitation sent anew. */
  public void reinvite() {
    if (status() == MemberStatus.INACTIVE) {
      this.status = MemberStatus.PENDING.name();
    }
    touch();
  }

  /** The membership ends; the person's next request is refused, their history stays. */
  public void deactivate() {
    this.status = MemberStatus.INACTIVE.name();
    touch();
  }

  private void setRoles(Set<TenantRole> all) {
    this.roles = all.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private void touch() {
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }
}
