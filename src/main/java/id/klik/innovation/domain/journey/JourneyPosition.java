package id.klik.innovation.domain.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The stage an innovation was last moved to, with the template (id and version) and the stage's
 * label at that moment, so that a stage of an earlier template is still named correctly.
 */
@Entity
@Table(name = "journey_position")
public class JourneyPosition {

  @Id
  @Column(name = "innovation_id")
  private UUID innovationId;

  @Column(name = "template_id")
  private String templateId;

  @Column(name = "template_version")
  private String templateVersion;

  @Column(name = "stage_id")
  private String stageId;

  @Column(name = "stage_title_id")
  private String stageTitleId;

  @Column(name = "stage_title_en")
  private String stageTitleEn;

  @Column(name = "moved_at")
  private OffsetDateTime movedAt;

  @Column(name = "moved_by")
  private String movedBy;

  protected JourneyPosition() {}

  public JourneyPosition(UUID innovationId) {
    this.innovationId = innovationId;
  }

  /** Moves to a stage of the plan (the caller checked that it is one). */
  void moveTo(JourneyPlan plan, JourneyPlan.Stage stage, String who) {
    this.templateId = plan.templateId();
    this.templateVersion = plan.templateVersion();
    this.stageId = stage.id();
    this.stageTitleId = stage.title().id();
    this.stageTitleEn = stage.title().en();
    this.movedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.movedBy = who;
  }

  public UUID innovationId() {
    return innovationId;
  }

  public String templateId() {
    return templateId;
  }

  public String templateVersion() {
    return templateVersion;
  }

  public String stageId() {
    return stageId;
  }

  public OffsetDateTime movedAt() {
    return movedAt;
  }

  public String movedBy() {
    return movedBy;
  }
}
