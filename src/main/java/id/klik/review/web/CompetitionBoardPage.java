package id.klik.review.web;

import id.klik.guideline.domain.ProgramBody;
import id.klik.identity.application.MemberDirectory;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.identity.domain.TenantRole;
import id.klik.review.application.AssignmentResult;
import id.klik.review.application.CompetitionService;
import id.klik.review.application.CompetitionView;
import id.klik.review.application.FinalistsView;
import id.klik.review.application.JudgingService;
import id.klik.review.application.RankingView;
import id.klik.review.application.RegistrationView;
import id.klik.review.application.ResultsService;
import id.klik.review.application.ResultsView;
import id.klik.review.application.ScreeningInput;
import id.klik.review.domain.CompetitionRules;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The competition board ({@code /t/<slug>/competition?id=}): for organisers the registrations with
 * screening, reviewer assignment, the ranking per category with spread alerts and explained ties,
 * finalists and publishing; for everybody the published results (a team sees its feedback).
 */
@Named
@ViewScoped
@TenantBound
public class CompetitionBoardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CompetitionService competitions;
  @Inject JudgingService judging;
  @Inject ResultsService results;
  @Inject Permissions permissions;
  @Inject MemberDirectory members;

  private UUID id;
  private CompetitionView view;
  private boolean organiser;
  private List<RegistrationView> registrations = List.of();
  private RankingView ranking;
  private ResultsView published;
  private final Map<String, String> categoryTitles = new HashMap<>();
  private List<SelectItem> reasons = List.of();
  private List<String> checklist = List.of();
  private String reason;
  private String reviewers;
  private List<String> chosenReviewers = new ArrayList<>();
  private List<SelectItem> reviewerChoices = List.of();
  private String stage = "panel";

  @PostConstruct
  void open() {
    try {
      id = Pages.idParameter();
      view = competitions.get(id);
    } catch (IllegalArgumentException | NotFoundException e) {
      Pages.notFound();
      return;
    }
    organiser = permissions.may(Permission.COMPETITIONS_ADMINISTER);
    CompetitionRules rules = competitions.rules(id);
    for (ProgramBody.Category c : rules.categories()) {
      categoryTitles.put(c.id(), c.title().in(RequestInfo.locale()));
    }
    reasons =
        rules.rejectionReasons().stream()
            .map(r -> new SelectItem(r.id(), r.title().in(RequestInfo.locale())))
            .toList();
    checklist = rules.checklist().stream().map(ProgramBody.Output::id).toList();
    if (organiser) {
      registrations = competitions.registrations(id);
      boolean finalists = "FINALISTS".equals(view.status()) || "PUBLISHED".equals(view.status());
      String asked = Pages.parameter("stage");
      stage = finalists && !"panel".equals(asked) ? "presentation" : "panel";
      ranking = judging.ranking(id, stage, RequestInfo.locale());
      reviewerChoices = reviewerChoices();
    }
    try {
      published = results.results(id);
    } catch (NotFoundException e) {
      published = null;
    }
    if (!organiser && !"PUBLISHED".equals(view.status())) {
      published = null;
    }
  }

  public void accept(UUID registrationId) {
    screen(registrationId, new ScreeningInput(true, checklist, null, null));
  }

  public void reject(UUID registrationId) {
    screen(registrationId, new ScreeningInput(false, List.of(), reason, null));
  }

  private void screen(UUID registrationId, ScreeningInput input) {
    try {
      competitions.screen(id, registrationId, input);
      Notices.info("competition.screened");
      Pages.redirect("competition?id=" + id);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void assign() {
    try {
      List<String> names = new ArrayList<>(chosenReviewers);
      if (reviewers != null) {
        Arrays.stream(reviewers.split("[,\\s]+"))
            .filter(s -> !s.isBlank() && !names.contains(s))
            .forEach(names::add);
      }
      AssignmentResult r = judging.assign(id, getAssignStage(), names);
      Notices.info("competition.assigned", r.sheets(), r.excluded().size());
      Pages.redirect("competition?id=" + id);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void chooseFinalists() {
    try {
      FinalistsView f = judging.chooseFinalists(id);
      Notices.info("competition.finalistsChosen", f.registrationIds().size());
      if (f.tieAtCut().containsValue(true)) {
        Notices.info("competition.tieAtCut");
      }
      Pages.redirect("competition?id=" + id);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void publish() {
    try {
      results.publish(id);
      Notices.info("competition.published");
      Pages.redirect("competition?id=" + id);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  /** Who may review: the clinic's jurors, staff and local mentors, each once, by name. */
  private List<SelectItem> reviewerChoices() {
    Map<String, SelectItem> byUsername = new LinkedHashMap<>();
    for (TenantRole role : List.of(TenantRole.JUROR, TenantRole.CLINIC_STAFF, TenantRole.MENTOR)) {
      for (MemberDirectory.Contact c : members.withRole(role)) {
        byUsername.putIfAbsent(
            c.username(),
            new SelectItem(
                c.username(),
                c.name() + " (" + c.username() + ") · " + Notices.text("role." + role.name())));
      }
    }
    return List.copyOf(byUsername.values());
  }

  /**
   * The stage new sheets are for: the presentations once finalists are chosen, the panel before.
   */
  public String getAssignStage() {
    return "FINALISTS".equals(view.status()) ? "presentation" : "panel";
  }

  /**
   * The ranking's stage: the presentations' once finalists exist ({@code ?stage=panel}: the
   * panel's).
   */
  public String getStage() {
    return stage;
  }

  public List<SelectItem> getReviewerChoices() {
    return reviewerChoices;
  }

  public List<String> getChosenReviewers() {
    return chosenReviewers;
  }

  public void setChosenReviewers(List<String> chosenReviewers) {
    this.chosenReviewers = chosenReviewers == null ? new ArrayList<>() : chosenReviewers;
  }

  public String window() {
    return Notices.text(
        "competition.window",
        view.registrationOpens().toString(),
        view.registrationCloses().toString());
  }

  public String counts() {
    return Notices.text(
        "competition.counts",
        view.registrations(),
        view.accepted(),
        view.rejected(),
        view.finalists());
  }

  public String category(String id) {
    return id == null ? "" : categoryTitles.getOrDefault(id, "*".equals(id) ? "" : id);
  }

  public String spread(double points) {
    return Notices.text("competition.spreadAlert", points);
  }

  public String incomplete(RankingView.Row row) {
    return Notices.text(
        "competition.incomplete",
        row.incomplete().stream()
            .map(RankingView.Incomplete::reviewer)
            .collect(Collectors.joining(", ")));
  }

  public CompetitionView getView() {
    return view;
  }

  public boolean isOrganiser() {
    return organiser;
  }

  public List<RegistrationView> getRegistrations() {
    return registrations;
  }

  public RankingView getRanking() {
    return ranking;
  }

  public ResultsView getResults() {
    return published;
  }

  public List<SelectItem> getReasons() {
    return reasons;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getReviewers() {
    return reviewers;
  }

  public void setReviewers(String reviewers) {
    this.reviewers = reviewers;
  }
}
