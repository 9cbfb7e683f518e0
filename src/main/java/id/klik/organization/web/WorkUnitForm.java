package id.klik.organization.web;

import java.io.Serializable;
import java.util.UUID;

/** The create/edit dialog's fields. */
public class WorkUnitForm implements Serializable {

  private UUID id;
  private String code;
  private String name;
  private String kind = "OPD";
  private UUID parentId;

  static WorkUnitForm of(WorkUnitRow row) {
    WorkUnitForm f = new WorkUnitForm();
    f.id = row.id();
    f.code = row.code();
    f.name = row.name();
    f.kind = row.kind();
    f.parentId = row.parentId();
    return f;
  }

  public boolean isNew() {
    return id == null;
  }

  public UUID getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public UUID getParentId() {
    return parentId;
  }

  public void setParentId(UUID parentId) {
    this.parentId = parentId;
  }
}
