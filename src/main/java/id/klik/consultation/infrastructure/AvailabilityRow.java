package id.klik.consultation.infrastructure;

import id.klik.consultation.domain.OneOffSlot;
import id.klik.consultation.domain.WeeklySlot;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One slot of a mentor's availability as stored: weekly (a day) or once (a date). */
@MappedSuperclass
public abstract class AvailabilityRow {

  static final String WEEKLY = "WEEKLY";
  static final String ONCE = "ONCE";

  @Id private UUID id;
  private String username;
  private String kind;

  @Column(name = "day_of_week")
  private Integer dayOfWeek;

  @Column(name = "on_date")
  private LocalDate onDate;

  @Column(name = "start_time")
  private LocalTime startTime;

  private int minutes;
  private String zone;

  protected AvailabilityRow() {}

  void fill(String username, String zone, WeeklySlot w, OneOffSlot o) {
    this.id = UUID.randomUUID();
    this.username = username;
    this.zone = zone;
    if (w != null) {
      kind = WEEKLY;
      dayOfWeek = w.day().getValue();
      startTime = w.start();
      minutes = w.minutes();
    } else {
      kind = ONCE;
      onDate = o.date();
      startTime = o.start();
      minutes = o.minutes();
    }
  }

  boolean weekly() {
    return WEEKLY.equals(kind);
  }

  WeeklySlot weeklySlot() {
    return new WeeklySlot(DayOfWeek.of(dayOfWeek), startTime, minutes);
  }

  OneOffSlot oneOffSlot() {
    return new OneOffSlot(onDate, startTime, minutes);
  }

  String username() {
    return username;
  }

  String zone() {
    return zone;
  }
}
