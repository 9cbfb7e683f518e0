package id.klik.program.domain;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A program the clinic runs from one of its blueprints (template id and version kept). Its state
 * decides what may change: see {@link ProgramState}. The registration window, when set, bounds when
 * teams may register themselves while the program is open.
 */
@Entity
@Table(name = "program")
public class Program {

  @Id private UUID id;
  private String title;

  @Column(name = "blueprint_id")
  private String blueprintId;

  @Column(name = "blueprint_version")
  private String blueprintVersion;

  private String format;
  private String state;

  @Column(name = "registration_opens")
  private LocalDate registrationOpens;

  @Column(name = "registration_closes")
  private LocalDate registrationCloses;

  private String description;
  private boolean demo;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Program() {}

  public Program(String title, String blueprintId, String blueprintVersion, String format) {
    this.id = UUID.randomUUID();
    this.blueprintId = blueprintId;
    this.blueprintVersion = blueprintVersion;
    this.format = format == null ? "program" : format;
    this.state = ProgramState.PLANNED.name();
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    describe(title, null, null, null);
  }

  /** Title, description and registration window, checked together. */
  public void describe(String newTitle, String newDescription, LocalDate opens, LocalDate closes) {
    List<FieldProblem> problems = new ArrayList<>();
    if (newTitle == null || newTitle.isBlank()) {
      problems.add(FieldProblem.of("title", "program.title.required"));
    } else if (newTitle.trim().length() > 200) {
      problems.add(FieldProblem.of("title", "program.title.tooLong", 200));
    }
    if (opens != null && closes != null && closes.isBefore(opens)) {
      problems.add(FieldProblem.of("registrationCloses", "program.registration.order"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.title = newTitle.trim();
    this.description = newDescription == null || newDescription.isBlank() ? null : newDescription;
    this.registrationOpens = opens;
    this.registrationCloses = closes;
    touch();
  }

  /** Moves to another state if the rules allow it; otherwise a 409 naming both states. */
  public void moveTo(ProgramState target) {
    ProgramState current = state();
    if (target == current) {
      return;
    }
    if (!current.canMoveTo(target)) {
      throw new ConflictException("program.state.move", current.name(), target.name());
    }
    this.state = target.name();
    touch();
  }

  /** Whether a team may register itself on this day. */
  public boolean registrationOpenOn(LocalDate day) {
    return state().allowsRegistration()
        && (registrationOpens == null || !day.isBefore(registrationOpens))
        && (registrationCloses == null || !day.isAfter(registrationCloses));
  }

  public void markDemo() {
    this.demo = true;
  }

  public void touch() {
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String blueprintId() {
    return blueprintId;
  }

  public String blueprintVersion() {
    return blueprintVersion;
  }

  public String blueprint() {
    return blueprintId + "@" + blueprintVersion;
  }

  public String format() {
    return format;
  }

  public ProgramState state() {
    return ProgramState.valueOf(state);
  }

  public LocalDate registrationOpens() {
    return registrationOpens;
  }

  public LocalDate registrationCloses() {
    return registrationCloses;
  }

  public String description() {
    return description;
  }

  public boolean demo() {
    return demo;
  }

  public long version() {
    return version;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
