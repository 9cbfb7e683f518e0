package id.klik.program.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a program is in its life. A planned program is being prepared (sessions adjusted, teams
 * invited); open for registration, teams may also register themselves; running, sessions are held
 * and attendance recorded; closed, nothing changes any more except reading. A planned program may
 * start without a registration window (by invitation only) or be called off (closed).
 */
public enum ProgramState {
  PLANNED,
  OPEN,
  RUNNING,
  CLOSED;

  /** The states this one may move to. */
  public Set<ProgramState> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(OPEN, RUNNING, CLOSED);
      case OPEN -> EnumSet.of(PLANNED, RUNNING, CLOSED);
      case RUNNING -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(ProgramState.class);
    };
  }

  public boolean canMoveTo(ProgramState target) {
    return next().contains(target);
  }

  /** The clinic invites (enrols) teams while the program is not closed. */
  public boolean allowsInvitation() {
    return this != CLOSED;
  }

  /** A team registers itself only while registration is open. */
  public boolean allowsRegistration() {
    return this == OPEN;
  }

  /** Attendance is recorded while the program runs. */
  public boolean allowsAttendance() {
    return this == RUNNING;
  }

  /** Sessions are planned and moved until the program is closed. */
  public boolean allowsSessionChanges() {
    return this != CLOSED;
  }

  public static ProgramState parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
