package id.klik.organization.web;

import id.klik.organization.domain.WorkUnit;
import java.io.Serializable;
import java.util.UUID;

/** A work unit as the pages hold it between requests. */
public record WorkUnitRow(
    UUID id,
    String code,
    String name,
    String kind,
    UUID parentId,
    String parentName,
    boolean active)
    implements Serializable {

  static WorkUnitRow of(WorkUnit u, String parentName) {
    return new WorkUnitRow(
        u.id(), u.code(), u.name(), u.kind().name(), u.parentId(), parentName, u.active());
  }

  /** Getters for Faces EL, which does not read record accessors on every version. */
  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getKind() {
    return kind;
  }

  public String getParentName() {
    return parentName;
  }

  public boolean isActive() {
    return active;
  }

  public UUID getId() {
    return id;
  }
}
