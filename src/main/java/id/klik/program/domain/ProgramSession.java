package id.klik.program.domain;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A session or window of a program. Its {@code sequence} rises with every change a calendar must
 * see (time, place, title, cancellation), so the invitation sent again replaces the old one: same
 * UID ({@link #calendarUid()}), higher SEQUENCE.
 */
@Entity
@Table(name = "program_session")
public class ProgramSession {

  @Id private UUID id;

  @Column(name = "program_id")
  private UUID programId;

  private int position;

  @Column(name = "activity_id")
  private String activityId;

  private String kind;
  private String title;

  @Column(name = "starts_at")
  private OffsetDateTime startsAt;

  @Column(name = "ends_at")
  private OffsetDateTime endsAt;

  private String location;

  @Column(name = "online_link")
  private String onlineLink;

  private String facilitators;
  private long sequence;
  private boolean cancelled;

  @Version private long version;

  protected ProgramSession() {}

  public ProgramSession(
      UUID programId,
      int position,
      String activityId,
      SessionKind kind,
      String title,
      ZonedDateTime start,
      ZonedDateTime end) {
    this.id = UUID.randomUUID();
    this.programId = programId;
    this.position = position;
    this.activityId = activityId;
    this.kind = kind.name();
    change(title, start, end, null, null, null);
    this.sequence = 0;
  }

  /**
   * Changes the session; answers whether its time changed (the enrolled then get an update). Any
   * change a calendar shows raises the sequence.
   */
  public boolean change(
      String newTitle,
      ZonedDateTime start,
      ZonedDateTime end,
      String newLocation,
      String newOnlineLink,
      String newFacilitators) {
    List<FieldProblem> problems = new ArrayList<>();
    if (newTitle == null || newTitle.isBlank()) {
      problems.add(FieldProblem.of("title", "program.session.title.required"));
    }
    if (start == null) {
      problems.add(FieldProblem.of("start", "program.session.start.required"));
    }
    if (end == null) {
      problems.add(FieldProblem.of("end", "program.session.end.required"));
    } else if (start != null && end.isBefore(start)) {
      problems.add(FieldProblem.of("end", "program.session.end.beforeStart"));
    }
    if (newOnlineLink != null
        && !newOnlineLink.isBlank()
        && !newOnlineLink.trim().matches("https?://\\S+")) {
      problems.add(FieldProblem.of("onlineLink", "program.session.link.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    OffsetDateTime newStart = start.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime newEnd = end.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    boolean first = startsAt == null;
    boolean moved = !first && (!startsAt.isEqual(newStart) || !endsAt.isEqual(newEnd));
    boolean changed =
        !first
            && (moved
                || !newTitle.trim().equals(title)
                || !same(location, newLocation)
                || !same(onlineLink, newOnlineLink));
    this.title = newTitle.trim();
    this.startsAt = newStart;
    this.endsAt = newEnd;
    this.location = blankToNull(newLocation);
    this.onlineLink = blankToNull(newOnlineLink);
    this.facilitators = blankToNull(newFacilitators);
    if (changed) {
      sequence++;
    }
    return moved;
  }

  /** Cancels the session (a calendar removes it); answers false when it was cancelled already. */
  public boolean cancel() {
    if (cancelled) {
      return false;
    }
    cancelled = true;
    sequence++;
    return true;
  }

  /** The calendar UID: the same for the session's whole life. */
  public String calendarUid() {
    return "program-session-" + id + "@klik";
  }

  private static boolean same(String a, String b) {
    return blankToNull(a) == null ? blankToNull(b) == null : a.trim().equals(blankToNull(b));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public UUID id() {
    return id;
  }

  public UUID programId() {
    return programId;
  }

  public int position() {
    return position;
  }

  public String activityId() {
    return activityId;
  }

  public SessionKind kind() {
    return SessionKind.valueOf(kind);
  }

  public String title() {
    return title;
  }

  public OffsetDateTime startsAt() {
    return startsAt;
  }

  public OffsetDateTime endsAt() {
    return endsAt;
  }

  public String location() {
    return location;
  }

  public String onlineLink() {
    return onlineLink;
  }

  public String facilitators() {
    return facilitators;
  }

  public long sequence() {
    return sequence;
  }

  public boolean cancelled() {
    return cancelled;
  }

  public long version() {
    return version;
  }
}
