package id.klik.shared.api;

import java.util.List;

/** The body of every API error: what went wrong in words, and what to fix where. */
public record ErrorDto(
    int status, String code, String message, String requestId, List<ProblemDto> problems) {

  /** One field or line to fix. */
  public record ProblemDto(int line, String field, String message) {}
}
