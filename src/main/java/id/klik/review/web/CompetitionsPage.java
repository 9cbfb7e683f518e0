package id.klik.review.web;

import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.domain.ProgramBody;
import id.klik.review.application.CompetitionInput;
import id.klik.review.application.CompetitionService;
import id.klik.review.application.CompetitionView;
import id.klik.shared.domain.KlikException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The competitions ({@code /t/<slug>/competitions}) and, for organisers, a new one. */
@Named
@ViewScoped
@TenantBound
public class CompetitionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CompetitionService service;
  @Inject TemplateLibrary library;

  private List<CompetitionView> competitions = List.of();
  private List<SelectItem> programs = List.of();
  private String name;
  private String program;
  private String opens;
  private String closes;
  private boolean blind;

  @PostConstruct
  void open() {
    competitions = service.list();
    programs =
        library.visible().stream()
            .filter(
                p ->
                    p.template().body() instanceof ProgramBody b
                        && "competition".equals(b.format()))
            .map(
                p ->
                    new SelectItem(
                        p.ref().toString(),
                        p.template().header().title().in(RequestInfo.locale())
                            + " ("
                            + p.ref().version()
                            + ")"))
            .toList();
  }

  public void create() {
    try {
      CompetitionView created =
          service.create(new CompetitionInput(name, program, date(opens), date(closes), blind));
      Notices.info("competitions.created");
      Pages.redirect("competition?id=" + created.id());
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  private static LocalDate date(String s) {
    try {
      return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public List<CompetitionView> getCompetitions() {
    return competitions;
  }

  public List<SelectItem> getPrograms() {
    return programs;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getProgram() {
    return program;
  }

  public void setProgram(String program) {
    this.program = program;
  }

  public String getOpens() {
    return opens;
  }

  public void setOpens(String opens) {
    this.opens = opens;
  }

  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = closes;
  }

  public boolean isBlind() {
    return blind;
  }

  public void setBlind(boolean blind) {
    this.blind = blind;
  }
}
