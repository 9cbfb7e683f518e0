package id.klik.consultation.application;

import java.time.LocalDate;
import java.util.List;

/** What came of a consultation: notes, action items, a follow-up suggestion. */
public record NotesInput(String notes, String followUp, List<Item> actionItems) {

  /** Something to do, who owns it and by when. */
  public record Item(String text, String owner, LocalDate due, Boolean done) {}
}
