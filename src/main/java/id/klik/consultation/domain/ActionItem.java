package id.klik.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** Something to do after a consultation: what, who owns it, by when, and whether it is done. */
@Entity
@Table(name = "consultation_action_item")
public class ActionItem {

  @Id private UUID id;

  @Column(name = "consultation_id")
  private UUID consultationId;

  private int position;
  private String text;
  private String owner;

  @Column(name = "due_date")
  private LocalDate due;

  private boolean done;

  protected ActionItem() {}

  public ActionItem(
      UUID consultationId, int position, String text, String owner, LocalDate due, boolean done) {
    this.id = UUID.randomUUID();
    this.consultationId = consultationId;
    this.position = position;
    this.text = text.strip();
    this.owner = owner.strip();
    this.due = due;
    this.done = done;
  }

  public UUID id() {
    return id;
  }

  public UUID consultationId() {
    return consultationId;
  }

  public int position() {
    return position;
  }

  public String text() {
    return text;
  }

  public String owner() {
    return owner;
  }

  public LocalDate due() {
    return due;
  }

  public boolean done() {
    return done;
  }
}
