package id.klik.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One line of the tenant's audit trail as the viewer reads it: who, when, what, on which object.
 * Read-only here; lines are written only by {@code shared.audit.AuditTrail}, in the writer's
 * transaction.
 */
@Entity
@ReadOnly
@Table(name = "audit_log")
public class AuditRecord {

  @Id private UUID id;
  private OffsetDateTime at;
  private String actor;
  private String action;
  private String entity;

  @Column(name = "entity_id")
  private String entityId;

  private String details;

  protected AuditRecord() {}

  public UUID id() {
    return id;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  /** The kind of object written (e.g. {@code work_unit}, {@code team}). */
  public String entity() {
    return entity;
  }

  public String entityId() {
    return entityId;
  }

  public String details() {
    return details;
  }
}
