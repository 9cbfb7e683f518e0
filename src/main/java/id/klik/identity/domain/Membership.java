package id.klik.identity.domain;

import jakarta.persistence.Column;
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
 * tenant's organization is not enough: a request passes only with a membership here too.
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
  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected Membership() {}

  public Membership(String username, String email, String displayName) {
    this.id = UUID.randomUUID();
    this.username = username;
    this.email = email;
    this.displayName = displayName;
    this.roles = "";
    this.status = "ACTIVE";
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
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

  public boolean active() {
    return "ACTIVE".equals(status);
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
    this.roles = all.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }
}
