package id.klik.assistant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The tenant's switch of the AI suggestions: one row, off until the admin switches it on. */
@Entity
@Table(name = "assistant_setting")
public class AssistantSetting {

  @Id private int id = 1;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  protected AssistantSetting() {}

  public AssistantSetting(boolean enabled, String changedBy, Instant changedAt) {
    this.enabled = enabled;
    this.changedBy = changedBy;
    this.changedAt = changedAt.atOffset(ZoneOffset.UTC);
  }

  public void change(boolean enabled, String by, Instant at) {
    this.enabled = enabled;
    this.changedBy = by;
    this.changedAt = at.atOffset(ZoneOffset.UTC);
  }

  public boolean enabled() {
    return enabled;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt.toInstant();
  }
}
