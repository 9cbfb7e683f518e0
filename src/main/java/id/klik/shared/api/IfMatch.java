package id.klik.shared.api;

import id.klik.shared.domain.ValidationException;

/** The version a client last read, sent back in an If-Match header to not overwrite a change. */
public final class IfMatch {

  private IfMatch() {}

  /** The version in an If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}), or null. */
  public static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    String v = ifMatch.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ValidationException.of("If-Match", "error.badParameter", "If-Match");
    }
  }
}
