package id.klik.review.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.MembershipService;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Membership;
import id.klik.identity.domain.Permission;
import id.klik.mail.application.Notifier;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.review.domain.Competition;
import id.klik.review.domain.CompetitionStatus;
import id.klik.review.domain.Registration;
import id.klik.review.domain.Review;
import id.klik.review.domain.ReviewStage;
import id.klik.review.domain.RubricSheet;
import id.klik.review.infrastructure.CompetitionRepository;
import id.klik.review.infrastructure.ReviewRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Publishing results: the finalists' ranks are final (from the presentations when they were scored,
 * else from the panel), and every team that registered gets a mail with its outcome. Afterwards
 * every member sees the finalists, and a team sees the panel's feedback on its entry.
 */
@ApplicationScoped
public class ResultsService {

  @Inject CompetitionRepository competitions;
  @Inject ReviewRepository reviews;
  @Inject JudgingService judging;
  @Inject CompetitionService competitionService;
  @Inject Rubrics rubrics;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject TeamDirectory teams;
  @Inject MembershipService memberships;
  @Inject Notifier notifier;
  @Inject KlikConfig config;
  @Inject AuditTrail audit;

  @Transactional
  public ResultsView publish(UUID competitionId) {
    permissions.require(Permission.COMPETITIONS_ADMINISTER);
    Competition c =
        competitions
            .lock(competitionId)
            .orElseThrow(() -> new NotFoundException(CompetitionService.ENTITY, competitionId));
    c.publish();
    boolean presented =
        reviews.ofCompetition(c.id(), ReviewStage.PRESENTATION).stream().anyMatch(Review::counts);
    if (presented) {
      judging
          .rank(c, competitionService.rules(c), ReviewStage.PRESENTATION)
          .forEach(
              e -> competitions.registration(e.entryId()).ifPresent(r -> r.finalRank(e.rank())));
    }
    TenantRef tenant = TenantContext.require();
    String url =
        config.publicUrl().orElse("") + "/t/" + tenant.slug() + "/competition?id=" + c.id();
    int mails = 0;
    for (Registration r : competitions.registrations(c.id())) {
      mails += mailTeam(c, r, tenant, url);
    }
    audit.record("PUBLISH", CompetitionService.ENTITY, c.id(), mails + " mails to teams");
    return results(c);
  }

  private int mailTeam(Competition c, Registration r, TenantRef tenant, String url) {
    if (r.teamId() == null) {
      return 0;
    }
    String outcome =
        r.finalist() ? "finalist" : r.status().name().equals("REJECTED") ? "rejected" : "entered";
    int sent = 0;
    for (TeamView.Member m : teams.find(r.teamId()).map(TeamView::members).orElse(List.of())) {
      Membership member = memberships.findByUsername(m.username()).orElse(null);
      if (member == null || member.email() == null || member.email().isBlank()) {
        continue;
      }
      boolean queued =
          notifier.queue(
              "competition-results:" + r.id() + ":" + m.username(),
              member.email(),
              tenant.locale(),
              "competition-results-" + outcome,
              Map.of(
                  "name",
                  m.name() == null ? m.username() : m.name(),
                  "competition",
                  c.name(),
                  "title",
                  r.title(),
                  "rank",
                  r.finalRank() == null ? "-" : r.finalRank().toString(),
                  "url",
                  url));
      sent += queued ? 1 : 0;
    }
    return sent;
  }

  /** The published results (404 before they are published, except for the organisers). */
  @Transactional
  public ResultsView results(UUID competitionId) {
    Competition c =
        competitions
            .find(competitionId)
            .orElseThrow(() -> new NotFoundException(CompetitionService.ENTITY, competitionId));
    if (c.status() != CompetitionStatus.PUBLISHED
        && !permissions.may(Permission.COMPETITIONS_ADMINISTER)) {
      throw new NotFoundException("results", competitionId);
    }
    return results(c);
  }

  private ResultsView results(Competition c) {
    List<Registration> regs = competitions.registrations(c.id());
    Map<UUID, String> teamNames =
        teams.all().stream()
            .collect(Collectors.toMap(TeamDirectory.TeamRef::id, TeamDirectory.TeamRef::name));
    List<ResultsView.Finalist> finalists =
        regs.stream()
            .filter(Registration::finalist)
            .sorted(
                Comparator.comparing((Registration r) -> r.category() == null ? "" : r.category())
                    .thenComparing(r -> r.finalRank() == null ? Integer.MAX_VALUE : r.finalRank()))
            .map(
                r ->
                    new ResultsView.Finalist(
                        r.id(), r.category(), r.finalRank(), r.title(), teamNames.get(r.teamId())))
            .toList();
    String me = currentUser.actor();
    Set<UUID> myTeams = teams.teamsOf(me).stream().map(TeamView::id).collect(Collectors.toSet());
    RubricSheet sheet = RubricSheet.of(rubrics.rubric(c.rubricRef()));
    List<Review> panel = reviews.ofCompetition(c.id(), ReviewStage.PANEL);
    List<ResultsView.OwnEntry> own = new ArrayList<>();
    for (Registration r : regs) {
      if (r.teamId() != null && myTeams.contains(r.teamId())) {
        own.add(
            new ResultsView.OwnEntry(
                r.id(),
                r.title(),
                r.status().name(),
                r.rejectionReason(),
                r.finalist(),
                r.finalRank(),
                feedback(
                    sheet,
                    panel.stream().filter(x -> r.id().equals(x.registrationId())).toList())));
      }
    }
    return new ResultsView(c.id(), c.name(), c.resultsPublishedAt(), finalists, own);
  }

  private static List<ResultsView.Feedback> feedback(RubricSheet sheet, List<Review> sheets) {
    List<ResultsView.Feedback> out = new ArrayList<>();
    for (String criterion : sheet.criteria()) {
      List<BigDecimal> scores = new ArrayList<>();
      List<String> comments = new ArrayList<>();
      for (Review r : sheets) {
        if (!r.counts()) {
          continue;
        }
        r.scores().stream()
            .filter(s -> s.criterionId().equals(criterion))
            .forEach(
                s -> {
                  scores.add(s.score());
                  if (s.feedback() != null) {
                    comments.add(s.feedback());
                  }
                });
      }
      Double mean =
          scores.isEmpty()
              ? null
              : JudgingService.round(
                  scores.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0));
      out.add(new ResultsView.Feedback(criterion, mean, comments));
    }
    return out;
  }
}
