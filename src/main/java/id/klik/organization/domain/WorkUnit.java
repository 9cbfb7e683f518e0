package id.klik.organization.domain;

import id.klik.shared.infrastructure.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A work unit of the region (an agency, kecamatan, kelurahan, UPT or BUMD), placed in the hierarchy
 * under its parent. Innovator teams belong to one. Units are deactivated, never deleted, because
 * innovations and history point at them.
 */
@Entity
@Table(name = "work_unit")
public class WorkUnit {

  @Id private UUID id;
  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private WorkUnitKind kind;

  @Column(name = "parent_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID parentId;

  private boolean active;
  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected WorkUnit() {}

  public WorkUnit(String code, String name, WorkUnitKind kind, UUID parentId) {
    this(UUID.randomUUID(), code, name, kind, parentId);
  }

  /** With an id chosen in advance, so a batch can name parents that are created with it. */
  public WorkUnit(UUID id, String code, String name, WorkUnitKind kind, UUID parentId) {
    this.id = id;
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parentId = parentId;
    this.active = true;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public WorkUnitKind kind() {
    return kind;
  }

  public UUID parentId() {
    return parentId;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }

  public void rename(String newCode, String newName, WorkUnitKind newKind) {
    this.code = newCode;
    this.name = newName;
    this.kind = newKind;
    touch();
  }

  public void moveUnder(UUID newParentId) {
    this.parentId = newParentId;
    touch();
  }

  public void deactivate() {
    this.active = false;
    touch();
  }

  public void reactivate() {
    this.active = true;
    touch();
  }

  private void touch() {
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }
}
