package id.klik.consultation.web;

import id.klik.consultation.application.AvailabilityService;
import id.klik.consultation.application.ConsultationInput;
import id.klik.consultation.application.ConsultationService;
import id.klik.consultation.application.ConsultationView;
import id.klik.consultation.application.Mentors;
import id.klik.consultation.application.NotesInput;
import id.klik.innovation.application.InnovationSearch;
import id.klik.innovation.domain.InnovationFilter;
import id.klik.shared.domain.KlikException;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.application.TenantTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Wires the consultations page to the service: a team's request (topic, mentor or clinic, preferred
 * times in the tenant's zone), the list with confirm, move and cancel, and the notes of one.
 */
@Named
@ViewScoped
@TenantBound
public class ConsultationsPage implements Serializable {

  @Inject ConsultationService service;
  @Inject Mentors mentors;
  @Inject AvailabilityService availability;
  @Inject InnovationSearch innovations;

  /** How far ahead the request form shows a chosen mentor's free slots, and how many at most. */
  static final int FREE_DAYS = 14;

  static final int FREE_SHOWN = 12;

  private List<Choice> teamChoices = List.of();
  private List<Choice> mentorChoices = List.of();
  private List<Choice> innovationChoices = List.of();
  private List<Choice> freeSlots = List.of();
  private List<Row> rows = List.of();

  private String teamId;
  private String topic;
  private String innovationId;
  private String mentor;
  private String preferred1;
  private String preferred2;
  private Integer minutes = 60;

  private String moveTo;
  private Row selected;
  private String notes;
  private String followUp;
  private List<ItemForm> items = new ArrayList<>();

  /** A consultation as the page shows it. */
  public record Row(
      String id,
      String team,
      String teamId,
      String topic,
      String mentor,
      String status,
      String when,
      List<Choice> preferred,
      boolean mayDecide,
      boolean mayCancel,
      String notes,
      String followUp,
      List<ConsultationView.Item> items,
      boolean demo)
      implements Serializable {

    public boolean isRequested() {
      return "REQUESTED".equals(status);
    }

    public boolean isConfirmed() {
      return "CONFIRMED".equals(status);
    }
  }

  /** An option of a menu. */
  public record Choice(String value, String label) implements Serializable {}

  /** An action item being written. */
  public static class ItemForm implements Serializable {
    private String text;
    private String owner;
    private String due;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getOwner() {
      return owner;
    }

    public void setOwner(String owner) {
      this.owner = owner;
    }

    public String getDue() {
      return due;
    }

    public void setDue(String due) {
      this.due = due;
    }
  }

  @PostConstruct
  void load() {
    teamChoices =
        service.requestableTeams().stream()
            .map(t -> new Choice(t.id().toString(), t.name()))
            .toList();
    if (teamChoices.size() == 1) {
      teamId = teamChoices.get(0).value();
    }
    mentorChoices =
        mentors.all().stream()
            .map(m -> new Choice(m.username(), m.name() + (m.national() ? " *" : "")))
            .toList();
    teamChanged();
    refresh();
  }

  /** The innovations of the chosen team, to name the one the consultation is about. */
  public void teamChanged() {
    innovationId = null;
    UUID team;
    try {
      team = teamId == null || teamId.isBlank() ? null : UUID.fromString(teamId);
    } catch (IllegalArgumentException e) {
      team = null;
    }
    if (team == null) {
      innovationChoices = List.of();
      return;
    }
    InnovationFilter ofTeam = InnovationFilter.ofTeam(team);
    try {
      innovationChoices =
          innovations.search(ofTeam, 0, InnovationSearch.MAX_SIZE).page().items().stream()
              .map(h -> new Choice(h.innovation().id().toString(), h.innovation().name()))
              .toList();
    } catch (KlikException e) {
      // someone who may not read innovations asks without naming one
      innovationChoices = List.of();
    }
  }

  /** The chosen mentor's free slots of the next two weeks (none for the clinic). */
  public void mentorChanged() {
    if (mentor == null || mentor.isBlank()) {
      freeSlots = List.of();
      return;
    }
    ZoneId zone = TenantContext.require().timeZone().zone();
    Instant from = Instant.now();
    Instant to = LocalDate.now(zone).plusDays(FREE_DAYS + 1).atStartOfDay(zone).toInstant();
    try {
      freeSlots =
          availability.freeSlots(mentor, from, to).stream()
              .limit(FREE_SHOWN)
              .map(
                  s ->
                      new Choice(
                          LocalDateTime.ofInstant(s.start(), zone)
                              .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                              .toString(),
                          TenantTime.format(s.start())))
              .toList();
    } catch (KlikException e) {
      freeSlots = List.of();
      Notices.problems(e);
    }
  }

  /** A free slot taken as the first preferred time, or the second when the first is set. */
  public void pick(String local) {
    if (preferred1 == null || preferred1.isBlank() || preferred1.equals(local)) {
      preferred1 = local;
    } else {
      preferred2 = local;
    }
  }

  void refresh() {
    rows = service.listed().stream().map(ConsultationsPage::row).toList();
    if (selected != null) {
      String id = selected.id();
      selected = rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
  }

  static Row row(ConsultationService.Listed l) {
    ConsultationView v = l.view();
    String when =
        v.startsAt() == null ? "" : TenantTime.format(v.startsAt()) + " (" + v.minutes() + " min)";
    List<Choice> pref =
        v.preferred().stream().map(p -> new Choice(p.toString(), TenantTime.format(p))).toList();
    return new Row(
        v.id().toString(),
        v.teamName(),
        v.teamId().toString(),
        v.topic(),
        v.mentorName(),
        v.status(),
        when,
        pref,
        l.mayDecide(),
        l.mayCancel(),
        v.notes(),
        v.followUp(),
        v.actionItems(),
        v.demo());
  }

  public void request() {
    try {
      List<String> pref = new ArrayList<>();
      for (String p : new String[] {preferred1, preferred2}) {
        if (p != null && !p.isBlank()) {
          pref.add(localToInstant(p));
        }
      }
      ConsultationView v =
          service.request(
              new ConsultationInput(
                  teamId == null || teamId.isBlank() ? null : UUID.fromString(teamId),
                  innovationId == null || innovationId.isBlank()
                      ? null
                      : UUID.fromString(innovationId),
                  topic,
                  mentor,
                  pref,
                  minutes));
      Notices.info("consultations.requested", v.topic());
      topic = null;
      innovationId = null;
      preferred1 = null;
      preferred2 = null;
      refresh();
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void confirm(Row row, String slot) {
    act(() -> service.confirm(UUID.fromString(row.id()), slot), "consultations.confirmed");
  }

  public void move(Row row) {
    if (moveTo == null || moveTo.isBlank()) {
      Notices.info("consultations.move.choose");
      return;
    }
    String slot;
    try {
      slot = localToInstant(moveTo);
    } catch (IllegalArgumentException e) {
      Notices.info("consultations.move.choose");
      return;
    }
    act(() -> service.move(UUID.fromString(row.id()), slot), "consultations.moved");
    moveTo = null;
  }

  public void cancel(Row row) {
    act(() -> service.cancel(UUID.fromString(row.id())), "consultations.cancelledNotice");
  }

  public void select(Row row) {
    selected = row;
    notes = row.notes();
    followUp = row.followUp();
    items = new ArrayList<>();
    for (ConsultationView.Item i : row.items()) {
      ItemForm f = new ItemForm();
      f.setText(i.text());
      f.setOwner(i.owner());
      f.setDue(i.due() == null ? null : i.due().toString());
      items.add(f);
    }
    while (items.size() < 3) {
      items.add(new ItemForm());
    }
  }

  public void saveNotes() {
    if (selected == null) {
      return;
    }
    List<NotesInput.Item> list = new ArrayList<>();
    for (ItemForm f : items) {
      if (f.getText() != null && !f.getText().isBlank()) {
        LocalDate due = null;
        if (f.getDue() != null && !f.getDue().isBlank()) {
          try {
            due = LocalDate.parse(f.getDue().trim());
          } catch (DateTimeParseException e) {
            due = null;
          }
        }
        list.add(new NotesInput.Item(f.getText(), f.getOwner(), due, false));
      }
    }
    act(
        () ->
            service.writeNotes(
                UUID.fromString(selected.id()), new NotesInput(notes, followUp, list)),
        "consultations.notesSaved");
  }

  private void act(Runnable action, String notice) {
    try {
      action.run();
      Notices.info(notice);
      refresh();
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  /** A {@code datetime-local} value in the tenant's zone as an ISO instant. */
  static String localToInstant(String local) {
    ZoneId zone = TenantContext.require().timeZone().zone();
    try {
      return LocalDateTime.parse(local.trim()).atZone(zone).toInstant().toString();
    } catch (DateTimeParseException e) {
      // passed on as written: the service names the bad value
      return local;
    }
  }

  public List<Choice> getInnovationChoices() {
    return innovationChoices;
  }

  public List<Choice> getFreeSlots() {
    return freeSlots;
  }

  public String getInnovationId() {
    return innovationId;
  }

  public void setInnovationId(String innovationId) {
    this.innovationId = innovationId;
  }

  public String zoneName() {
    return TenantContext.require().timeZone().name();
  }

  public static String now() {
    return Instant.now().toString();
  }

  public List<Choice> getTeamChoices() {
    return teamChoices;
  }

  public List<Choice> getMentorChoices() {
    return mentorChoices;
  }

  public List<Row> getRows() {
    return rows;
  }

  public Row getSelected() {
    return selected;
  }

  public String getTeamId() {
    return teamId;
  }

  public void setTeamId(String teamId) {
    this.teamId = teamId;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getMentor() {
    return mentor;
  }

  public void setMentor(String mentor) {
    this.mentor = mentor;
  }

  public String getPreferred1() {
    return preferred1;
  }

  public void setPreferred1(String preferred1) {
    this.preferred1 = preferred1;
  }

  public String getPreferred2() {
    return preferred2;
  }

  public void setPreferred2(String preferred2) {
    this.preferred2 = preferred2;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getFollowUp() {
    return followUp;
  }

  public void setFollowUp(String followUp) {
    this.followUp = followUp;
  }

  public List<ItemForm> getItems() {
    return items;
  }
}
