package id.klik.review.domain;

import java.util.List;
import java.util.UUID;

/**
 * An entry's place in a ranking (inside its category when categories are ranked separately).
 * Entries with an equal score are explained: {@code decidedBy} names the criterion whose higher
 * mean put one above the other, or is null when every criterion is equal too and they share a rank
 * ({@code sharedRank}).
 *
 * @param rank 1 for the best; null when the entry has no complete review
 * @param tiedWith the other entries with the same score
 */
public record RankedEntry(
    EntryScore entry, Integer rank, List<UUID> tiedWith, String decidedBy, boolean sharedRank) {

  public RankedEntry {
    tiedWith = List.copyOf(tiedWith);
  }

  public UUID entryId() {
    return entry.entryId();
  }

  public String category() {
    return entry.category();
  }

  public boolean tied() {
    return !tiedWith.isEmpty();
  }
}
