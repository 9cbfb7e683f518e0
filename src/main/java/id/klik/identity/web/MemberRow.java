package id.klik.identity.web;

import id.klik.identity.domain.Membership;
import id.klik.identity.domain.TenantRole;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A member as the members page holds them between requests. */
public record MemberRow(
    UUID id,
    String name,
    String email,
    String username,
    List<String> roles,
    String status,
    UUID workUnitId,
    String workUnitName)
    implements Serializable {

  static MemberRow of(Membership m, String workUnitName) {
    return new MemberRow(
        m.id(),
        m.displayName(),
        m.email(),
        m.username(),
        m.roles().stream().map(TenantRole::name).sorted().toList(),
        m.status().name(),
        m.workUnitId(),
        workUnitName);
  }

  /** Getters for Faces EL, which does not read record accessors on every version. */
  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getUsername() {
    return username;
  }

  public List<String> getRoles() {
    return roles;
  }

  public String getStatus() {
    return status;
  }

  public String getWorkUnitName() {
    return workUnitName;
  }

  public boolean isActive() {
    return "ACTIVE".equals(status);
  }
}
