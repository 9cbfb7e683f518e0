package id.klik.innovation.api;

import id.klik.innovation.domain.HistoryEntry;
import java.time.OffsetDateTime;

/**
 * A change of stage or status.
 *
 * @param from null for the innovation's first value
 */
public record HistoryEntryDto(
    String field, String from, String to, String changedBy, OffsetDateTime changedAt) {

  static HistoryEntryDto of(HistoryEntry e) {
    return new HistoryEntryDto(e.field(), e.oldValue(), e.newValue(), e.changedBy(), e.changedAt());
  }
}
