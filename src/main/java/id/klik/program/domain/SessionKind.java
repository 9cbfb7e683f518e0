package id.klik.program.domain;

/**
 * A session is a gathering at a time and place (a main meeting, a workshop, a presentation), with
 * attendance; a window is a span of days in which something happens (consultations between
 * meetings, registration, a selection), without attendance and without a calendar invitation.
 */
public enum SessionKind {
  SESSION,
  WINDOW
}
