package id.klik.identity.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the invite form and the change dialog edit. Roles by enum name ({@code CLINIC_STAFF}). */
public class MemberForm implements Serializable {

  private UUID id;
  private String email;
  private String name;
  private List<String> roles = new ArrayList<>();
  private UUID workUnitId;

  static MemberForm of(MemberRow row) {
    MemberForm f = new MemberForm();
    f.id = row.id();
    f.email = row.email();
    f.name = row.name();
    f.roles = new ArrayList<>(row.roles());
    f.workUnitId = row.workUnitId();
    return f;
  }

  public UUID getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public UUID getWorkUnitId() {
    return workUnitId;
  }

  public void setWorkUnitId(UUID workUnitId) {
    this.workUnitId = workUnitId;
  }
}
