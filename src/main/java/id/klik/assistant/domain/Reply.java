package id.klik.assistant.domain;

/**
 * A reply as it streams in, bounded: the text the model sent, at most {@link #MAX_CHARS}
 * characters; what comes after is dropped and the reply marked cut.
 */
public final class Reply {

  public static final int MAX_CHARS = 80_000;

  private final StringBuilder text = new StringBuilder();
  private boolean cut;

  /** Adds a piece and returns what of it was kept (empty once the reply is full). */
  public String add(String piece) {
    if (piece == null || piece.isEmpty() || cut) {
      return "";
    }
    int room = MAX_CHARS - text.length();
    if (piece.length() > room) {
      cut = true;
      String kept = piece.substring(0, Math.max(0, room));
      text.append(kept);
      return kept;
    }
    text.append(piece);
    return piece;
  }

  public String text() {
    return text.toString();
  }

  public boolean cut() {
    return cut;
  }
}
