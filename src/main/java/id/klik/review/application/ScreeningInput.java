package id.klik.review.application;

import java.util.List;

/**
 * The screening of one registration: accepted (every checklist item ticked) or rejected with one of
 * the template's reasons; a note for the team either way.
 */
public record ScreeningInput(Boolean accepted, List<String> checklist, String reason, String note) {
  public ScreeningInput {
    checklist = checklist == null ? List.of() : List.copyOf(checklist);
  }
}
