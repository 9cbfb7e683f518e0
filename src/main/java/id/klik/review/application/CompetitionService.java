package id.klik.review.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.application.InnovationAccess;
import id.klik.innovation.application.InnovationRef;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import id.klik.review.domain.Competition;
import id.klik.review.domain.CompetitionRules;
import id.klik.review.domain.Registration;
import id.klik.review.domain.RegistrationStatus;
import id.klik.review.infrastructure.CompetitionRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Competitions, registrations and screening. Clinic admins and staff run competitions ({@link
 * Permission#COMPETITIONS_ADMINISTER}); a team registers its own proposal while the window is open.
 */
@ApplicationScoped
public class CompetitionService {

  static final String ENTITY = "competition";
  private static final Set<String> REGISTRABLE = Set.of("submitted", "in-review", "final");

  @Inject CompetitionRepository competitions;
  @Inject Rubrics rubrics;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject ProposalSource proposals;
  @Inject InnovationAccess innovations;
  @Inject WorkUnitDirectory workUnits;
  @Inject TeamDirectory teams;
  @Inject AuditTrail audit;

  /** Every member sees the competitions (the board's details are the organisers'). */
  @Transactional
  public List<CompetitionView> list() {
    return competitions.all().stream().map(this::view).toList();
  }

  @Transactional
  public CompetitionView get(UUID id) {
    return view(find(id));
  }

  @Transactional
  public CompetitionView create(CompetitionInput input) {
    permissions.require(Permission.COMPETITIONS_ADMINISTER);
    if (input == null || input.program() == null || input.program().isBlank()) {
      throw ValidationException.of("program", "competition.program.required");
    }
    String program = input.program().strip();
    rubrics.program(program);
    String rubric = rubrics.rubricOf(program);
    rubrics.rubric(rubric);
    Competition c =
        new Competition(
            input.name(),
            program,
            rubric,
            input.registrationOpens(),
            input.registrationCloses(),
            Boolean.TRUE.equals(input.blind()),
            false,
            currentUser.actor());
    if (competitions.findByName(c.name()).isPresent()) {
      throw new ConflictException("competition.name.taken", c.name());
    }
    competitions.store(c);
    audit.record("CREATE", ENTITY, c.id(), c.name() + " (" + program + ")");
    return view(c);
  }

  /** The rules of a competition's blueprint. */
  @Transactional
  public CompetitionRules rules(UUID competitionId) {
    return CompetitionRules.of(rubrics.program(find(competitionId).programRef()));
  }

  CompetitionRules rules(Competition c) {
    return CompetitionRules.of(rubrics.program(c.programRef()));
  }

  /**
   * Registers a proposal: by its team (or the clinic), while the window is open, once, when it is
   * handed in. The category follows the innovation's work unit unless the organiser names one.
   */
  @Transactional
  public RegistrationView register(UUID competitionId, UUID proposalId, String category) {
    Competition c = competitions.lock(competitionId).orElseThrow(() -> notFound(competitionId));
    if (proposalId == null) {
      throw ValidationException.of("proposalId", "registration.proposal.required");
    }
    ProposalSource.Facts proposal = proposals.readable(proposalId);
    InnovationRef innovation = innovations.editable(proposal.innovationId());
    c.requireRegistrationOpen(LocalDate.now(TenantTime.display().zone()));
    if (!REGISTRABLE.contains(proposal.state())) {
      throw new ConflictException("registration.proposal.notSubmitted", proposal.state());
    }
    if (competitions.registration(competitionId, proposalId).isPresent()) {
      throw new ConflictException("registration.duplicate");
    }
    CompetitionRules rules = rules(c);
    String chosen = category(rules, category, innovation.workUnitId());
    Registration r =
        new Registration(
            c.id(),
            proposalId,
            innovation.id(),
            innovation.teamId(),
            innovation.workUnitId(),
            proposal.title() == null ? innovation.name() : proposal.title(),
            chosen,
            currentUser.actor());
    competitions.store(r);
    audit.record("REGISTER", ENTITY, c.id(), r.title() + " → " + c.name());
    return view(r);
  }

  private String category(CompetitionRules rules, String asked, UUID workUnitId) {
    if (rules.categories().isEmpty()) {
      return null;
    }
    if (asked != null && !asked.isBlank()) {
      if (!rules.knowsCategory(asked.strip())) {
        throw ValidationException.of("category", "registration.category.unknown", asked);
      }
      return asked.strip();
    }
    return workUnits
        .kindOf(workUnitId)
        .flatMap(rules::categoryFor)
        .orElseThrow(() -> ValidationException.of("category", "registration.category.required"));
  }

  /** Screens a registration with the template's checklist; rejected ones need a reason. */
  @Transactional
  public RegistrationView screen(UUID competitionId, UUID registrationId, ScreeningInput input) {
    permissions.require(Permission.COMPETITIONS_ADMINISTER);
    Competition c = competitions.lock(competitionId).orElseThrow(() -> notFound(competitionId));
    Registration r =
        competitions
            .registration(registrationId)
            .filter(x -> x.competitionId().equals(c.id()))
            .orElseThrow(() -> new NotFoundException("registration", registrationId));
    if (input == null || input.accepted() == null) {
      throw ValidationException.of("accepted", "registration.outcome.required");
    }
    CompetitionRules rules = rules(c);
    List<String> unknown = input.checklist().stream().filter(x -> !rules.knowsCheck(x)).toList();
    if (!unknown.isEmpty()) {
      throw ValidationException.of("checklist", "registration.checklist.unknown", unknown);
    }
    c.startScreening();
    if (input.accepted()) {
      r.accept(
          input.checklist(),
          rules.checklist().stream().map(o -> o.id()).toList(),
          input.note(),
          currentUser.actor());
    } else {
      if (input.reason() != null
          && !rules.rejectionReasons().isEmpty()
          && !rules.knowsRejectionReason(input.reason())) {
        throw ValidationException.of("reason", "registration.reason.unknown", input.reason());
      }
      r.reject(input.reason(), input.checklist(), input.note(), currentUser.actor());
    }
    audit.record("SCREEN", "registration", r.id(), r.title() + ": " + r.status());
    return view(r);
  }

  @Transactional
  public List<RegistrationView> registrations(UUID competitionId) {
    permissions.require(Permission.COMPETITIONS_ADMINISTER);
    find(competitionId);
    return competitions.registrations(competitionId).stream().map(this::view).toList();
  }

  Competition find(UUID id) {
    return competitions.find(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException(ENTITY, id);
  }

  CompetitionView view(Competition c) {
    List<Registration> regs = competitions.registrations(c.id());
    return new CompetitionView(
        c.id(),
        c.name(),
        c.programRef(),
        c.rubricRef(),
        c.opens(),
        c.closes(),
        c.blind(),
        c.status().name(),
        c.demo(),
        regs.size(),
        (int) regs.stream().filter(r -> r.status() == RegistrationStatus.ACCEPTED).count(),
        (int) regs.stream().filter(r -> r.status() == RegistrationStatus.REJECTED).count(),
        (int) regs.stream().filter(Registration::finalist).count(),
        c.finalistsChosenAt(),
        c.resultsPublishedAt(),
        c.version());
  }

  RegistrationView view(Registration r) {
    return new RegistrationView(
        r.id(),
        r.competitionId(),
        r.proposalId(),
        r.innovationId(),
        r.title(),
        r.teamId(),
        r.teamId() == null ? null : teams.find(r.teamId()).map(t -> t.name()).orElse(null),
        r.workUnitId(),
        workUnits.find(r.workUnitId()).map(WorkUnitDirectory.Unit::name).orElse(null),
        r.category(),
        r.status().name(),
        r.checklist(),
        r.rejectionReason(),
        r.screeningNote(),
        r.screenedBy(),
        r.finalist(),
        r.finalRank(),
        r.registeredBy(),
        r.registeredAt());
  }
}
