package id.klik.program.web;

import id.klik.calendar.application.Ics;
import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.people.application.TeamDirectory;
import id.klik.program.application.ProgramCalendar;
import id.klik.program.application.ProgramEnrolments;
import id.klik.program.application.ProgramMaterials;
import id.klik.program.application.ProgramService;
import id.klik.program.application.ProgramSessions;
import id.klik.program.application.ProgramView;
import id.klik.program.domain.Material;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Wires one program's page ({@code /t/<slug>/program?id=}) to the services: its state, sessions
 * (plan, move, cancel), teams (enrol, completion), materials (upload, download) and its .ics.
 */
@Named
@ViewScoped
@TenantBound
public class ProgramPage implements Serializable {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

  @Inject ProgramService service;
  @Inject ProgramSessions sessions;
  @Inject ProgramEnrolments enrolments;
  @Inject ProgramMaterials materials;
  @Inject ProgramCalendar calendar;
  @Inject TeamDirectory teams;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject Ics ics;

  /** A team in the enrol menu. */
  public record Choice(String value, String label) implements Serializable {}

  private UUID id;
  private ProgramView program;
  private List<Choice> teamChoices = List.of();
  private String teamId;
  private String sessionId;
  private String sessionTitle;
  private LocalDateTime sessionStart;
  private LocalDateTime sessionEnd;
  private String location;
  private String onlineLink;
  private String facilitators;
  private String materialTitle;
  private String materialSession;
  private LocalDate registrationOpens;
  private LocalDate registrationCloses;

  @PostConstruct
  void open() {
    String raw =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      id = UUID.fromString(raw == null ? "" : raw);
      reload();
    } catch (IllegalArgumentException | NotFoundException e) {
      answer(404);
      return;
    }
    List<TeamDirectory.TeamRef> choices =
        permissions.may(Permission.PROGRAMS_WRITE)
            ? teams.all()
            : teams.teamsOf(currentUser.actor()).stream()
                .map(t -> new TeamDirectory.TeamRef(t.id(), t.name()))
                .toList();
    teamChoices = choices.stream().map(t -> new Choice(t.id().toString(), t.name())).toList();
    registrationOpens = program.registrationOpens();
    registrationCloses = program.registrationCloses();
  }

  private void reload() {
    program = service.get(id);
  }

  static void answer(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public void moveTo(String state) {
    act(
        () ->
            service.update(
                id,
                new ProgramService.ProgramInput(
                    null, program.description(), registrationOpens, registrationCloses, state),
                null),
        "program.saved");
  }

  public void saveRegistration() {
    act(
        () ->
            service.update(
                id,
                new ProgramService.ProgramInput(
                    null, program.description(), registrationOpens, registrationCloses, null),
                null),
        "program.saved");
  }

  public void enrol() {
    act(
        () ->
            enrolments.enrol(
                id, teamId == null || teamId.isBlank() ? null : UUID.fromString(teamId)),
        "program.enrolled");
  }

  /** Puts a session into the edit form. */
  public void edit(ProgramView.Session s) {
    sessionId = s.id().toString();
    sessionTitle = s.title();
    sessionStart = s.start().toLocalDateTime();
    sessionEnd = s.end().toLocalDateTime();
    location = s.location();
    onlineLink = s.onlineLink();
    facilitators = s.facilitators();
  }

  public void saveSession() {
    ProgramSessions.SessionInput input =
        new ProgramSessions.SessionInput(
            sessionTitle, sessionStart, sessionEnd, location, onlineLink, facilitators);
    act(
        () -> {
          if (sessionId == null || sessionId.isBlank()) {
            sessions.add(id, input);
          } else {
            sessions.change(id, UUID.fromString(sessionId), input);
          }
        },
        "program.session.saved");
    sessionId = null;
  }

  public void cancelSession(ProgramView.Session s) {
    act(() -> sessions.cancel(id, s.id()), "program.session.cancelledNotice");
  }

  public void newSession() {
    sessionId = null;
    sessionTitle = null;
    sessionStart = null;
    sessionEnd = null;
    location = null;
    onlineLink = null;
    facilitators = null;
  }

  public void upload(FileUploadEvent event) {
    try (InputStream in = event.getFile().getInputStream()) {
      materials.add(
          id, uuidOrNull(materialSession), materialTitle, event.getFile().getFileName(), in);
      materialTitle = null;
      materialSession = null;
      reload();
      Notices.info("program.material.added");
    } catch (KlikException e) {
      Notices.problems(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public StreamedContent download(ProgramView.MaterialInfo info) {
    Material m = materials.find(id, info.id());
    return DefaultStreamedContent.builder().name(m.filename()).contentType(m.contentType()).stream(
            () -> materials.open(m))
        .build();
  }

  public StreamedContent getCalendarFile() {
    byte[] body = ics.publish(calendar.ofProgram(id), TenantContext.require().timeZone().zone());
    return DefaultStreamedContent.builder()
        .name("program-" + id + ".ics")
        .contentType(Ics.CONTENT_TYPE)
        .stream(() -> new ByteArrayInputStream(body))
        .build();
  }

  private void act(Runnable work, String notice) {
    try {
      work.run();
      reload();
      Notices.info(notice);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  private static UUID uuidOrNull(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The title of the session a material belongs to, or empty for the whole program's. */
  public String sessionOf(ProgramView.MaterialInfo m) {
    if (m.sessionId() == null || program == null) {
      return "";
    }
    return program.sessions().stream()
        .filter(s -> s.id().equals(m.sessionId()))
        .map(ProgramView.Session::title)
        .findFirst()
        .orElse("");
  }

  public String getMaterialSession() {
    return materialSession;
  }

  public void setMaterialSession(String materialSession) {
    this.materialSession = materialSession;
  }

  public String when(ProgramView.Session s) {
    if (s.kind().equals("WINDOW")) {
      return s.start().format(DAY.withLocale(RequestInfo.locale()))
          + " – "
          + s.end().format(DAY.withLocale(RequestInfo.locale()));
    }
    return s.start().format(WHEN.withLocale(RequestInfo.locale()))
        + "–"
        + s.end().format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  public String completion(ProgramView.Team t) {
    return Notices.text("program.completion." + t.completion().name());
  }

  public String stateLabel(String state) {
    return Notices.text("program.state." + state);
  }

  public ProgramView getProgram() {
    return program;
  }

  public List<Choice> getTeamChoices() {
    return teamChoices;
  }

  public String getTeamId() {
    return teamId;
  }

  public void setTeamId(String teamId) {
    this.teamId = teamId;
  }

  public String getSessionId() {
    return sessionId;
  }

  public String getSessionTitle() {
    return sessionTitle;
  }

  public void setSessionTitle(String v) {
    this.sessionTitle = v;
  }

  public LocalDateTime getSessionStart() {
    return sessionStart;
  }

  public void setSessionStart(LocalDateTime v) {
    this.sessionStart = v;
  }

  public LocalDateTime getSessionEnd() {
    return sessionEnd;
  }

  public void setSessionEnd(LocalDateTime v) {
    this.sessionEnd = v;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String v) {
    this.location = v;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public void setOnlineLink(String v) {
    this.onlineLink = v;
  }

  public String getFacilitators() {
    return facilitators;
  }

  public void setFacilitators(String v) {
    this.facilitators = v;
  }

  public String getMaterialTitle() {
    return materialTitle;
  }

  public void setMaterialTitle(String v) {
    this.materialTitle = v;
  }

  public LocalDate getRegistrationOpens() {
    return registrationOpens;
  }

  public void setRegistrationOpens(LocalDate v) {
    this.registrationOpens = v;
  }

  public LocalDate getRegistrationCloses() {
    return registrationCloses;
  }

  public void setRegistrationCloses(LocalDate v) {
    this.registrationCloses = v;
  }
}
