package id.klik.review.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.application.InnovationAccess;
import id.klik.innovation.application.InnovationRef;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import id.klik.review.domain.ConflictOfInterest;
import id.klik.review.domain.CriterionScore;
import id.klik.review.domain.Registration;
import id.klik.review.domain.Review;
import id.klik.review.domain.ReviewStage;
import id.klik.review.domain.RubricSheet;
import id.klik.review.infrastructure.CompetitionRepository;
import id.klik.review.infrastructure.ReviewRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Review sheets: assigning a reviewer (the conflict-of-interest rule excludes at once), scoring,
 * declaring a conflict. A sheet is seen by its reviewer and the organisers; to anybody else it does
 * not exist (404).
 */
@ApplicationScoped
public class ReviewService {

  static final String ENTITY = "review";

  @Inject ReviewRepository reviews;
  @Inject CompetitionRepository competitions;
  @Inject Rubrics rubrics;
  @Inject ReviewerTies ties;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject ProposalSource proposals;
  @Inject InnovationAccess innovations;
  @Inject TeamDirectory teams;
  @Inject WorkUnitDirectory workUnits;
  @Inject AuditTrail audit;

  /** The caller's sheets. */
  @Transactional
  public List<ReviewView> mine() {
    String me = currentUser.actor();
    return reviews.ofReviewer(me).stream().map(r -> view(r, false)).toList();
  }

  @Transactional
  public ReviewView get(UUID id) {
    return view(visible(id), true);
  }

  /** Saves the reviewer's scores (only the reviewer scores their sheet). */
  @Transactional
  public ReviewView score(UUID id, ScoreInput input, Long expectedVersion) {
    Review r = visible(id);
    if (!r.reviewer().equals(currentUser.actor())) {
      throw new AccessDeniedException("review.notYours");
    }
    if (expectedVersion != null && expectedVersion != r.version()) {
      throw new ConflictException("error.concurrentEdit");
    }
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    RubricSheet sheet = RubricSheet.of(rubrics.rubric(r.rubricRef()));
    List<CriterionScore> given =
        input.scores().stream()
            .map(s -> new CriterionScore(s.criterionId(), s.score(), s.feedback()))
            .toList();
    r.score(given, sheet, Boolean.TRUE.equals(input.submit()));
    audit.record("SCORE", ENTITY, r.id(), r.status() + " " + r.scoreMap());
    reviews.flush();
    return view(r, true);
  }

  /** The reviewer declares a conflict of interest: the sheet is excluded. */
  @Transactional
  public ReviewView declareConflict(UUID id, String note) {
    Review r = visible(id);
    if (!r.reviewer().equals(currentUser.actor())) {
      throw new AccessDeniedException("review.notYours");
    }
    r.exclude(ConflictOfInterest.Reason.DECLARED, note);
    audit.record("CONFLICT", ENTITY, r.id(), "declared");
    return view(r, false);
  }

  /** Assigns a reviewer to a proposal outside a competition (the organisers). */
  @Transactional
  public ReviewView assign(UUID proposalId, String reviewer, boolean blind, String rubricRef) {
    permissions.require(Permission.COMPETITIONS_ADMINISTER);
    ProposalSource.Facts proposal = proposals.readable(proposalId);
    InnovationRef innovation = innovations.readable(proposal.innovationId());
    String rubric = rubricRef == null || rubricRef.isBlank() ? Rubrics.DEFAULT_RUBRIC : rubricRef;
    rubrics.rubric(rubric);
    return view(
        assign(
            proposalId,
            null,
            null,
            ReviewStage.PROPOSAL,
            rubric,
            reviewer,
            blind,
            new ConflictOfInterest.Entrant(innovation.workUnitId(), innovation.teamId())),
        false);
  }

  /**
   * One sheet for one reviewer; an existing one is kept. A conflict of interest excludes the new
   * sheet at once.
   */
  Review assign(
      UUID proposalId,
      UUID competitionId,
      UUID registrationId,
      ReviewStage stage,
      String rubricRef,
      String reviewer,
      boolean blind,
      ConflictOfInterest.Entrant entrant) {
    ConflictOfInterest.Reviewer who = ties.reviewer(reviewer);
    Optional<Review> existing = reviews.existing(proposalId, competitionId, stage, who.username());
    if (existing.isPresent()) {
      return existing.get();
    }
    Review r =
        new Review(
            proposalId,
            competitionId,
            registrationId,
            stage,
            rubricRef,
            who.username(),
            blind,
            currentUser.actor());
    ConflictOfInterest.check(who, entrant, false).ifPresent(reason -> r.exclude(reason, null));
    reviews.store(r);
    audit.record("ASSIGN", ENTITY, r.id(), who.username() + " " + stage + " " + r.status());
    return r;
  }

  private Review visible(UUID id) {
    Review r = reviews.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    if (!r.reviewer().equals(currentUser.actor())
        && !permissions.may(Permission.COMPETITIONS_ADMINISTER)) {
      throw new NotFoundException(ENTITY, id);
    }
    return r;
  }

  ReviewView view(Review r, boolean withText) {
    RubricSheet sheet = RubricSheet.of(rubrics.rubric(r.rubricRef()));
    Optional<Registration> reg =
        r.registrationId() == null
            ? Optional.empty()
            : competitions.registration(r.registrationId());
    String competitionName =
        r.competitionId() == null
            ? null
            : competitions.find(r.competitionId()).map(c -> c.name()).orElse(null);
    String title = reg.map(Registration::title).orElse(null);
    UUID teamId = reg.map(Registration::teamId).orElse(null);
    UUID unitId = reg.map(Registration::workUnitId).orElse(null);
    List<ProposalSource.Section> sections = List.of();
    if (withText || reg.isEmpty()) {
      try {
        ProposalSource.Facts facts = proposals.readable(r.proposalId());
        sections = withText ? facts.sections() : List.of();
        if (title == null) {
          title = facts.title();
          InnovationRef innovation = innovations.readable(facts.innovationId());
          teamId = innovation.teamId();
          unitId = innovation.workUnitId();
        }
      } catch (NotFoundException e) {
        // the proposal is out of reach (e.g. an excluded sheet): the sheet shows without its text
      }
    }
    var scores = r.scoreMap();
    boolean blind = r.blind();
    if (blind) {
      sections = redacted(sections, teamId, unitId);
    }
    return new ReviewView(
        r.id(),
        r.proposalId(),
        r.competitionId(),
        competitionName,
        r.stage().name(),
        r.rubricRef(),
        r.reviewer(),
        blind,
        r.status().name(),
        r.exclusion() == null ? null : r.exclusion().name(),
        r.exclusionNote(),
        title,
        blind || teamId == null ? null : teams.find(teamId).map(t -> t.name()).orElse(null),
        blind ? null : workUnits.find(unitId).map(WorkUnitDirectory.Unit::name).orElse(null),
        r.scores().stream()
            .map(s -> new ReviewView.Score(s.criterionId(), s.score(), s.feedback()))
            .toList(),
        sheet.missing(scores),
        sheet.complete(scores) ? sheet.weighted(sheet.ordered(scores)) : null,
        sections,
        r.submittedAt(),
        r.version());
  }

  /**
   * A blind reviewer's text: the team's and the work unit's names (and the members' names and
   * usernames) are blacked out wherever the proposal writes them.
   */
  private List<ProposalSource.Section> redacted(
      List<ProposalSource.Section> sections, UUID teamId, UUID unitId) {
    List<String> names = new java.util.ArrayList<>();
    teams
        .find(teamId)
        .ifPresent(
            t -> {
              names.add(t.name());
              t.members()
                  .forEach(
                      m -> {
                        names.add(m.username());
                        if (m.name() != null) {
                          names.add(m.name());
                        }
                      });
            });
    workUnits.find(unitId).ifPresent(u -> names.add(u.name()));
    names.removeIf(n -> n == null || n.isBlank());
    names.sort((a, b) -> b.length() - a.length());
    return sections.stream()
        .map(
            s -> {
              String text = s.text() == null ? "" : s.text();
              for (String n : names) {
                text =
                    java.util.regex.Pattern.compile(
                            java.util.regex.Pattern.quote(n),
                            java.util.regex.Pattern.CASE_INSENSITIVE
                                | java.util.regex.Pattern.UNICODE_CASE)
                        .matcher(text)
                        .replaceAll("███");
              }
              return new ProposalSource.Section(s.id(), s.title(), text);
            })
        .toList();
  }
}
