package id.klik.program.web;

import id.klik.program.application.Blueprints;
import id.klik.program.application.ProgramService;
import id.klik.program.application.ProgramSummary;
import id.klik.program.application.ProgramView;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Wires the programs list and "start a program from a blueprint" to the services. */
@Named
@ViewScoped
@TenantBound
public class ProgramsPage implements Serializable {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

  @Inject ProgramService service;
  @Inject Blueprints blueprints;

  /** A blueprint in the menu. */
  public record Choice(String value, String label) implements Serializable {}

  /** A line of the list. */
  public record Row(String id, String title, String state, String dates, int teams, boolean demo)
      implements Serializable {}

  private List<Row> programs = List.of();
  private List<Choice> blueprintChoices = List.of();
  private String blueprint;
  private String title;
  private LocalDate start;

  @PostConstruct
  void load() {
    programs = service.list().stream().map(ProgramsPage::row).toList();
    blueprintChoices =
        blueprints.all().stream()
            .map(
                b -> new Choice(b.ref(), b.title().in(RequestInfo.locale()) + " (" + b.ref() + ")"))
            .toList();
    start = LocalDate.now().plusDays(7);
  }

  private static Row row(ProgramSummary s) {
    String dates =
        s.firstSession() == null
            ? ""
            : s.firstSession().format(DAY.withLocale(RequestInfo.locale()))
                + " – "
                + s.lastSession().format(DAY.withLocale(RequestInfo.locale()));
    return new Row(
        s.id().toString(),
        s.title(),
        Messages.get(RequestInfo.locale(), "program.state." + s.state()),
        dates,
        s.teams(),
        s.demo());
  }

  public void create() throws IOException {
    try {
      ProgramView created = service.create(blueprint, title, start);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Notices.info("program.created");
      Object base = external.getRequestMap().get(RequestInfo.TENANT_BASE);
      external.redirect((base == null ? "" : base) + "/program?id=" + created.id());
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public List<Row> getPrograms() {
    return programs;
  }

  public List<Choice> getBlueprintChoices() {
    return blueprintChoices;
  }

  public String getBlueprint() {
    return blueprint;
  }

  public void setBlueprint(String blueprint) {
    this.blueprint = blueprint;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }
}
