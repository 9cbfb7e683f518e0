package id.klik.index.application;

import id.klik.guideline.domain.TemplateRef;
import id.klik.guideline.domain.merge.TemplateDiff;
import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.index.domain.ApplicationWindow;
import id.klik.index.domain.CycleRules;
import id.klik.index.domain.IndexEstimates;
import id.klik.index.domain.IndexFormula;
import id.klik.index.domain.ModelDifference;
import id.klik.index.domain.ModelMeasure;
import id.klik.index.infrastructure.IndexCycleRepository;
import id.klik.index.infrastructure.IndexCycleRepository.ChoiceRow;
import id.klik.index.infrastructure.IndexCycleRepository.CycleRow;
import id.klik.innovation.application.InnovationAccess;
import id.klik.innovation.application.ReplicationCounts;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's yearly index cycles (PRODUCT.md C7): starting a cycle on an adopted index model
 * (fresh or carried over from an earlier year), the region's levels, the innovations entered and
 * their levels, each with its evidence; and what is computed from them: the two estimates, what-if,
 * readiness, comparison of two years. Every member reads; clinic admins and staff write ({@link
 * Permission#INDEX_WRITE}). A year without a cycle, an innovation or evidence of another tenant is
 * not found.
 */
@ApplicationScoped
public class IndexCycles {

  @Inject IndexCycleRepository repository;
  @Inject IndexModels models;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject InnovationAccess innovations;
  @Inject ReplicationCounts replications;
  @Inject CycleInsights insights;

  /** Every cycle of the tenant, the newest year first. */
  @Transactional
  public List<CycleView> cycles() {
    permissions.require(Permission.VIEW);
    List<CycleView> views = new ArrayList<>();
    for (CycleRow row : repository.all()) {
      views.add(view(state(row)));
    }
    return views;
  }

  @Transactional
  public CycleView cycle(int year) {
    permissions.require(Permission.VIEW);
    return view(state(year));
  }

  /**
   * Starts the cycle of {@code year} on an adopted index model; with {@code carryFrom}, takes over
   * that cycle's innovations (those entered in fewer than two cycles), and its levels and evidence
   * where the new model still has the measure, each marked for re-confirmation.
   *
   * @throws ConflictException when the year has a cycle already
   */
  @Transactional
  public StartedCycle start(int year, StartCycle request) {
    permissions.require(Permission.INDEX_WRITE);
    if (request == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    IndexModels.Model model = models.adopted(request.model());
    if (repository.find(year).isPresent()) {
      throw new ConflictException("index.cycleExists", year);
    }
    CycleState previous = null;
    if (request.carryFrom() != null) {
      if (request.carryFrom() == year) {
        throw ValidationException.of("carryFrom", "index.carryFromSelf", year);
      }
      previous =
          state(
              repository
                  .find(request.carryFrom())
                  .orElseThrow(() -> new NotFoundException("index cycle", request.carryFrom())));
    }
    ApplicationWindow fallback = CycleRules.defaultWindow(model.body().year());
    ApplicationWindow window =
        CycleRules.window(
            request.windowFrom() == null ? fallback.from() : request.windowFrom(),
            request.windowTo() == null ? fallback.to() : request.windowTo());
    CycleRow row =
        new CycleRow(
            UUID.randomUUID(),
            year,
            model.ref().templateId(),
            model.ref().version().toString(),
            window.from(),
            window.to(),
            currentUser.actor(),
            null,
            request.carryFrom(),
            0);
    repository.insert(row);
    StartedCycle started =
        previous == null
            ? new StartedCycle(null, null, 0, 0, List.of())
            : new CarryOver(repository, currentUser.actor()).carry(previous, row, model);
    audit.record(
        "START",
        "index-cycle",
        year,
        "on "
            + model.ref()
            + (previous == null
                ? ""
                : ", carried from "
                    + request.carryFrom()
                    + ": "
                    + started.carriedLevels()
                    + " levels"));
    return new StartedCycle(
        cycle(year),
        started.difference(),
        started.carriedLevels(),
        started.carriedInnovations(),
        started.notCarried());
  }

  /** Corrects the cycle's application window. */
  @Transactional
  public CycleView setWindow(int year, LocalDate from, LocalDate to) {
    permissions.require(Permission.INDEX_WRITE);
    CycleRow row = locked(year);
    ApplicationWindow window = CycleRules.window(from, to);
    repository.updateWindow(row.id(), window.from(), window.to());
    audit.record("WINDOW", "index-cycle", year, window.from() + " – " + window.to());
    return cycle(year);
  }

  /** The assessment as a sheet: region measures, innovations × measures, derived figures. */
  @Transactional
  public CycleSheet sheet(int year) {
    permissions.require(Permission.VIEW);
    CycleState state = state(year);
    return new CycleSheet(
        view(state),
        state.region,
        state.innovationMeasures,
        state.innovations,
        insights.derived(state, estimates(state)));
  }

  /**
   * Sets the level of a region measure and the region evidence item that proves it; confirms a
   * carried level.
   */
  @Transactional
  public SheetChoice setRegionLevel(int year, String measureId, LevelInput input) {
    permissions.require(Permission.INDEX_WRITE);
    CycleRow row = locked(year);
    IndexModels.Model model = model(row);
    ModelMeasure measure =
        ModelMeasure.find(model.body(), ModelMeasure.REGION, measureId)
            .orElseThrow(() -> new NotFoundException("region measure", measureId));
    int level = checkedLevel(input, model);
    UUID evidence = checkedEvidence(input.evidenceId(), null, measure);
    repository.putRegion(row.id(), measureId, level, evidence, false, currentUser.actor());
    repository.touch(row.id());
    audit.record(
        "LEVEL",
        "index-cycle",
        year,
        "region " + measureId + " = " + level + evidenceNote(evidence));
    return state(year).region.stream()
        .filter(r -> r.measure().measureId().equals(measureId))
        .findFirst()
        .orElseThrow()
        .choice();
  }

  /**
   * Enters an innovation of the tenant in the cycle.
   *
   * @throws ValidationException when it is entered in two other cycles already
   */
  @Transactional
  public CycleSheet.InnovationRow enter(int year, UUID innovationId) {
    permissions.require(Permission.INDEX_WRITE);
    CycleRow row = locked(year);
    innovations.readable(innovationId);
    if (!repository.isEntered(row.id(), innovationId)) {
      List<Integer> years = repository.cyclesOf(innovationId);
      CycleRules.requireEnterable(years.size());
      repository.enter(row.id(), innovationId, false, currentUser.actor());
      repository.touch(row.id());
      audit.record("ENTER", "index-cycle", year, "innovation " + innovationId);
    }
    return state(year).innovationsById().get(innovationId);
  }

  /** Sets the level of one innovation measure and the innovation's evidence item that proves it. */
  @Transactional
  public SheetChoice setInnovationLevel(
      int year, UUID innovationId, String measureId, LevelInput input) {
    permissions.require(Permission.INDEX_WRITE);
    CycleRow row = locked(year);
    innovations.readable(innovationId);
    if (!repository.isEntered(row.id(), innovationId)) {
      throw new NotFoundException("entered innovation", innovationId);
    }
    IndexModels.Model model = model(row);
    ModelMeasure measure =
        ModelMeasure.find(model.body(), ModelMeasure.INNOVATION, measureId)
            .orElseThrow(() -> new NotFoundException("innovation measure", measureId));
    int level = checkedLevel(input, model);
    UUID evidence = checkedEvidence(input.evidenceId(), innovationId, measure);
    repository.putInnovation(
        row.id(), innovationId, measureId, level, evidence, false, currentUser.actor());
    repository.touch(row.id());
    audit.record(
        "LEVEL",
        "index-cycle",
        year,
        "innovation " + innovationId + " " + measureId + " = " + level + evidenceNote(evidence));
    return state(year).innovationsById().get(innovationId).choices().stream()
        .filter(c -> c.measureId().equals(measureId))
        .findFirst()
        .orElseThrow();
  }

  /** The declared and evidenced estimates with their breakdowns and what cannot be computed. */
  @Transactional
  public CycleEstimate estimate(int year) {
    permissions.require(Permission.VIEW);
    CycleState state = state(year);
    IndexEstimates estimates = estimates(state);
    return new CycleEstimate(view(state), estimates, insights.derived(state, estimates));
  }

  /** Every single change that raises the evidenced index, the largest gain first. */
  @Transactional
  public List<WhatIfStep> whatIf(int year) {
    permissions.require(Permission.VIEW);
    return insights.whatIf(state(year));
  }

  /** The shortest list of steps found that brings the evidenced index to {@code target}. */
  @Transactional
  public WhatIfPlan planTo(int year, String target) {
    permissions.require(Permission.VIEW);
    return insights.plan(state(year), target);
  }

  /** Readiness of each entered innovation and per work unit, texts in {@code locale}. */
  @Transactional
  public ReadinessView readiness(int year, Locale locale) {
    permissions.require(Permission.VIEW);
    return insights.readiness(state(year), locale);
  }

  /**
   * Mails one work unit's members (its members and its teams' members with an address) what its
   * innovations still miss, in the tenant's language; audited.
   */
  @Transactional
  public ReadinessMail mailReadiness(int year, UUID workUnitId) {
    permissions.require(Permission.INDEX_WRITE);
    CycleState state = state(year);
    ReadinessMail sent = insights.mail(state, workUnitId);
    audit.record(
        "READINESS_MAIL",
        "index-cycle",
        year,
        "work unit " + workUnitId + ": " + sent.recipients() + " recipients");
    return sent;
  }

  /** Two cycles side by side, with what changed between their models. */
  @Transactional
  public CycleComparison compare(int year, int otherYear) {
    permissions.require(Permission.VIEW);
    CycleState first = state(year);
    CycleState second = state(otherYear);
    IndexEstimates a = estimates(first);
    IndexEstimates b = estimates(second);
    List<CycleComparison.ModelChange> changes =
        TemplateDiff.between(first.model.template().tree(), second.model.template().tree()).stream()
            .map(
                c ->
                    new CycleComparison.ModelChange(
                        c.type().name(), c.path().toString(), c.descriptionId(), c.descriptionEn()))
            .toList();
    return new CycleComparison(
        new CycleEstimate(view(first), a, insights.derived(first, a)),
        new CycleEstimate(view(second), b, insights.derived(second, b)),
        ModelDifference.between(first.model.body(), second.model.body()),
        changes);
  }

  /** The assessment as CSV rows (header first): region rows, then innovation × measure rows. */
  @Transactional
  public List<List<String>> exportRows(int year) {
    permissions.require(Permission.VIEW);
    return CycleExport.rows(state(year));
  }

  // --- reading a cycle ---------------------------------------------------------------------

  IndexEstimates estimates(CycleState state) {
    return new IndexFormula(state.model.body()).estimate(state.assessment());
  }

  private CycleState state(int year) {
    return state(
        repository.find(year).orElseThrow(() -> new NotFoundException("index cycle", year)));
  }

  CycleState state(CycleRow row) {
    return new CycleState(
        row,
        model(row),
        repository.regionChoices(row.id()),
        repository.entries(row.id()),
        repository.innovationChoices(row.id()),
        replications::regionsReplicating);
  }

  private IndexModels.Model model(CycleRow row) {
    TemplateRef ref = TemplateRef.parse(row.modelId() + "@" + row.modelVersion());
    return models
        .load(ref)
        .orElseThrow(() -> ValidationException.of("model", "index.modelNotAdopted", ref));
  }

  private CycleRow locked(int year) {
    return repository.lock(year).orElseThrow(() -> new NotFoundException("index cycle", year));
  }

  private static CycleView view(CycleState state) {
    CycleRow row = state.cycle;
    LocalizedText title =
        state.model.template().header() == null ? null : state.model.template().header().title();
    return new CycleView(
        row.id(),
        row.year(),
        state.model.ref().toString(),
        title,
        state.model.body().needsVerification(),
        row.windowFrom(),
        row.windowTo(),
        row.startedBy(),
        row.startedAt(),
        row.carriedFrom(),
        row.version(),
        state.innovations.size(),
        state.toConfirm());
  }

  private static int checkedLevel(LevelInput input, IndexModels.Model model) {
    if (input == null || input.level() == null) {
      throw ValidationException.of("level", "index.levelRequired");
    }
    int max = model.body().levels() == null ? 3 : model.body().levels().max();
    if (input.level() < 0 || input.level() > max) {
      throw ValidationException.of("level", "index.levelRange", input.level(), max);
    }
    return input.level();
  }

  /**
   * The evidence id when it is an item of this tenant with a file, belonging to this innovation (a
   * region item for a region measure) and proving this measure's indicator or none in particular.
   */
  private UUID checkedEvidence(UUID evidenceId, UUID innovationId, ModelMeasure measure) {
    if (evidenceId == null) {
      return null;
    }
    Optional<IndexCycleRepository.EvidenceRow> item = repository.evidence(evidenceId);
    if (item.isEmpty()) {
      throw ValidationException.of("evidenceId", "index.evidenceUnknown", evidenceId);
    }
    IndexCycleRepository.EvidenceRow e = item.get();
    ChoiceRow probe =
        new ChoiceRow(
            innovationId,
            measure.measureId(),
            0,
            e.id(),
            e.title(),
            e.innovationId(),
            e.indicatorId(),
            false);
    if (!CycleState.proves(innovationId, measure, probe)) {
      throw ValidationException.of(
          "evidenceId",
          innovationId == null ? "index.evidenceNotRegion" : "index.evidenceNotOwn",
          evidenceId);
    }
    return evidenceId;
  }

  private static String evidenceNote(UUID evidence) {
    return evidence == null ? "" : " (evidence " + evidence + ")";
  }
}
