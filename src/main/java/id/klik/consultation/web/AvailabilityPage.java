package id.klik.consultation.web;

import id.klik.consultation.application.AvailabilityInput;
import id.klik.consultation.application.AvailabilityService;
import id.klik.consultation.domain.Availability;
import id.klik.consultation.domain.Slot;
import id.klik.shared.domain.KlikException;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Wires "my availability" to the service: the mentor's zone, weekly and one-off slots, and the
 * coming two weeks' slots shown in the mentor's zone and every zone they serve.
 */
@Named
@ViewScoped
@TenantBound
public class AvailabilityPage implements Serializable {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm");

  @Inject AvailabilityService service;

  private String zone;
  private List<Line> weekly = new ArrayList<>();
  private List<Line> once = new ArrayList<>();
  private List<String> upcoming = List.of();
  private boolean mentor;

  /** A slot being edited: a day (weekly) or a date (once), a start and minutes. */
  public static class Line implements Serializable {
    private String when;
    private String start;
    private Integer minutes = 60;

    public String getWhen() {
      return when;
    }

    public void setWhen(String when) {
      this.when = when;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public Integer getMinutes() {
      return minutes;
    }

    public void setMinutes(Integer minutes) {
      this.minutes = minutes;
    }
  }

  @PostConstruct
  void load() {
    try {
      show(service.mine());
      mentor = true;
    } catch (KlikException e) {
      mentor = false;
    }
  }

  private void show(Availability a) {
    zone = a.zone().getId();
    weekly = new ArrayList<>();
    a.weekly().forEach(w -> weekly.add(line(w.day().name(), w.start().toString(), w.minutes())));
    once = new ArrayList<>();
    a.once().forEach(o -> once.add(line(o.date().toString(), o.start().toString(), o.minutes())));
    weekly.add(new Line());
    once.add(new Line());
    List<ZoneId> zones = new ArrayList<>(List.of(a.zone()));
    service.zonesShown().stream().filter(z -> !zones.contains(z)).forEach(zones::add);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    upcoming =
        a.expand(now, now.plus(14, ChronoUnit.DAYS)).stream().map(s -> describe(s, zones)).toList();
  }

  static String describe(Slot s, List<ZoneId> zones) {
    return zones.stream()
        .map(z -> SHOWN.format(s.startIn(z)) + " " + z.getId())
        .collect(Collectors.joining(" = "));
  }

  private static Line line(String when, String start, int minutes) {
    Line l = new Line();
    l.setWhen(when);
    l.setStart(start);
    l.setMinutes(minutes);
    return l;
  }

  public void save() {
    List<AvailabilityInput.Weekly> w = new ArrayList<>();
    for (Line l : weekly) {
      if (l.getWhen() != null && !l.getWhen().isBlank()) {
        w.add(new AvailabilityInput.Weekly(l.getWhen(), l.getStart(), l.getMinutes()));
      }
    }
    List<AvailabilityInput.Once> o = new ArrayList<>();
    for (Line l : once) {
      if (l.getWhen() != null && !l.getWhen().isBlank()) {
        o.add(new AvailabilityInput.Once(l.getWhen(), l.getStart(), l.getMinutes()));
      }
    }
    try {
      show(service.replaceMine(new AvailabilityInput(zone, w, o)));
      Notices.info("availability.saved");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void addWeekly() {
    weekly.add(new Line());
  }

  public void addOnce() {
    once.add(new Line());
  }

  public List<String> getDays() {
    return java.util.Arrays.stream(DayOfWeek.values()).map(Enum::name).toList();
  }

  public boolean isMentor() {
    return mentor;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public List<Line> getWeekly() {
    return weekly;
  }

  public List<Line> getOnce() {
    return once;
  }

  public List<String> getUpcoming() {
    return upcoming;
  }
}
