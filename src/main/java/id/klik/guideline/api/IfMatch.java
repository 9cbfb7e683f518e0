package id.klik.guideline.api;

import id.klik.shared.domain.ValidationException;
import java.util.Optional;

/** The revision a client's edit started from, sent as {@code If-Match: "3"}. */
final class IfMatch {

  private IfMatch() {}

  /**
   * @return empty when the header is absent: the client accepts overwriting
   * @throws ValidationException when the header is not a revision number
   */
  static Optional<Long> revision(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(header.replace("W/", "").replace("\"", "").trim()));
    } catch (NumberFormatException e) {
      throw ValidationException.of("If-Match", "template.ifMatch", header);
    }
  }
}
