package id.klik.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One write in a tenant: who, when, what. Immutable once stored. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id private UUID id;
  private OffsetDateTime at;
  private String actor;
  private String tenant;
  private String action;
  private String entity;

  @Column(name = "entity_id")
  private String entityId;

  private String details;

  protected AuditEntry() {}

  AuditEntry(
      String actor, String tenant, String action, String entity, String entityId, String details) {
    this.id = UUID.randomUUID();
    this.at = OffsetDateTime.now(ZoneOffset.UTC);
    this.actor = actor;
    this.tenant = tenant;
    this.action = action;
    this.entity = entity;
    this.entityId = entityId;
    this.details = details;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String tenant() {
    return tenant;
  }

  public String action() {
    return action;
  }

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
