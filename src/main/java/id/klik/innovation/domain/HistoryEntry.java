package id.klik.innovation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One line of an innovation's history: its stage or status changed, by whom, when. */
@Entity
@Table(name = "innovation_history")
public class HistoryEntry {

  @Id private UUID id;

  @Column(name = "innovation_id")
  private UUID innovationId;

  private String field;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  protected HistoryEntry() {}

  public HistoryEntry(UUID innovationId, StatusChange change, String actor) {
    this.id = UUID.randomUUID();
    this.innovationId = innovationId;
    this.field = change.field();
    this.oldValue = change.from();
    this.newValue = change.to();
    this.changedBy = actor;
    this.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String field() {
    return field;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public String changedBy() {
    return changedBy;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }
}
