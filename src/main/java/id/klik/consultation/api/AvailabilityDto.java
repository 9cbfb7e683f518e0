package id.klik.consultation.api;

import id.klik.consultation.domain.Availability;
import id.klik.consultation.domain.Slot;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A mentor's availability as written, and the slots of the coming weeks with their local times in
 * the mentor's zone and in every zone the mentor serves (WIB and WITA for a national mentor of
 * regions in both).
 */
public record AvailabilityDto(
    String zone, List<WeeklyDto> weekly, List<OnceDto> once, List<SlotDto> slots) {

  /** A weekly slot. */
  public record WeeklyDto(String day, String start, int minutes) {}

  /** A one-off slot. */
  public record OnceDto(String date, String start, int minutes) {}

  /** An offered slot: its instants and its local start in each zone shown. */
  public record SlotDto(Instant start, Instant end, List<LocalDto> local) {}

  /** A slot's start in one zone. */
  public record LocalDto(String zone, String start) {}

  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  static AvailabilityDto of(Availability a, List<Slot> slots, List<ZoneId> zones) {
    List<ZoneId> shown = new java.util.ArrayList<>(List.of(a.zone()));
    zones.stream().filter(z -> !shown.contains(z)).forEach(shown::add);
    return new AvailabilityDto(
        a.zone().getId(),
        a.weekly().stream()
            .map(w -> new WeeklyDto(w.day().name(), w.start().toString(), w.minutes()))
            .toList(),
        a.once().stream()
            .map(o -> new OnceDto(o.date().toString(), o.start().toString(), o.minutes()))
            .toList(),
        slots.stream()
            .map(
                s ->
                    new SlotDto(
                        s.start(),
                        s.end(),
                        shown.stream()
                            .map(z -> new LocalDto(z.getId(), LOCAL.format(s.startIn(z))))
                            .toList()))
            .toList());
  }
}
