package id.klik.index.application;

import id.klik.index.domain.Change;
import id.klik.index.domain.Estimate;
import id.klik.index.domain.IndexEstimates;
import id.klik.index.domain.IndexFormula;
import id.klik.index.domain.RankedChange;
import id.klik.index.domain.Readiness;
import id.klik.index.domain.ReadinessLight;
import id.klik.index.domain.StepPlan;
import id.klik.index.domain.WhatIf;
import id.klik.index.infrastructure.IndexCycleRepository;
import id.klik.mail.application.Notifier;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.Phrase;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What is computed from a cycle beyond the estimate: derived figures, what-if, readiness, mail. */
@ApplicationScoped
class CycleInsights {

  @Inject IndexCycleRepository repository;
  @Inject Notifier notifier;
  @Inject KlikConfig config;

  List<CycleSheet.DerivedFigure> derived(CycleState state, IndexEstimates estimates) {
    List<CycleSheet.DerivedFigure> figures = new ArrayList<>();
    Estimate declared = estimates.declared();
    figures.add(
        new CycleSheet.DerivedFigure(
            "innovations",
            declared.innovations() + "/" + state.innovations.size(),
            LocalizedText.of(
                "Inovasi yang diikutkan dalam siklus dan diterapkan dalam periodenya",
                "Innovations entered in the cycle and applied inside its window")));
    if (declared.basicAffairsCovered() != null) {
      figures.add(
          new CycleSheet.DerivedFigure(
              "basicAffairsCovered",
              declared.basicAffairsCovered()
                  + "/"
                  + state.model.body().innovationCount().coverage().affairs().size(),
              LocalizedText.of(
                  "Urusan utama dan urusan lain pada profil inovasi yang dihitung",
                  "Primary and other affairs in the profiles of the counted innovations")));
    }
    if (state.innovationMeasures.stream().anyMatch(m -> m.isReplication())) {
      long replicated =
          state.innovations.stream()
              .flatMap(i -> i.choices().stream())
              .filter(c -> c.derived() != null && c.derived().count() > 0)
              .count();
      figures.add(
          new CycleSheet.DerivedFigure(
              "replications",
              Long.toString(replicated),
              LocalizedText.of(
                  "Replikasi yang dikonfirmasi oleh daerah lain di KLIK (inovasi dengan replikasi)",
                  "Replications confirmed by other regions in KLIK (innovations replicated)")));
    }
    return figures;
  }

  List<WhatIfStep> whatIf(CycleState state) {
    WhatIf whatIf = new WhatIf(new IndexFormula(state.model.body()));
    return whatIf.rank(state.assessment()).stream().map(c -> step(state, c)).toList();
  }

  WhatIfPlan plan(CycleState state, String target) {
    WhatIf whatIf = new WhatIf(new IndexFormula(state.model.body()));
    StepPlan plan = whatIf.planTo(state.assessment(), target == null ? "" : target.strip());
    return new WhatIfPlan(
        plan.target().code(),
        plan.reached(),
        plan.steps().stream().map(c -> step(state, c)).toList(),
        plan.result().index(),
        plan.result().category() == null ? null : plan.result().category().code());
  }

  private static WhatIfStep step(CycleState state, RankedChange ranked) {
    Map<UUID, CycleSheet.InnovationRow> byId = state.innovationsById();
    Change change = ranked.change();
    BigDecimal gain = round(ranked.gain());
    BigDecimal declared = round(ranked.declaredGain());
    if (change instanceof Change.AttachEvidence a) {
      UUID id = entered(a.innovationId());
      return new WhatIfStep(
          "attach-evidence",
          id,
          name(byId, id, a.innovationId()),
          a.measureId(),
          a.indicator(),
          a.level(),
          List.of(),
          gain,
          declared,
          change.needs());
    }
    if (change instanceof Change.RaiseLevel r) {
      UUID id = entered(r.innovationId());
      return new WhatIfStep(
          "raise-level",
          id,
          name(byId, id, r.innovationId()),
          r.measureId(),
          r.indicator(),
          r.toLevel(),
          List.of(),
          gain,
          declared,
          change.needs());
    }
    Change.AddInnovation n = (Change.AddInnovation) change;
    return new WhatIfStep(
        "add-innovation", null, null, null, null, null, n.affairs(), gain, declared, n.needs());
  }

  /**
   * The id of an entered innovation; null for a region measure or for an innovation a plan proposes
   * to add (its id in the plan is {@code new-<affair>}).
   */
  private static UUID entered(String innovationId) {
    if (innovationId == null) {
      return null;
    }
    try {
      return UUID.fromString(innovationId);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The entered innovation's name, or for a proposed one its plan id ({@code new-kesehatan}). */
  private static String name(
      Map<UUID, CycleSheet.InnovationRow> byId, UUID id, String innovationId) {
    if (id != null && byId.containsKey(id)) {
      return byId.get(id).name();
    }
    return innovationId;
  }

  private static BigDecimal round(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  ReadinessView readiness(CycleState state, Locale locale) {
    List<IndexCycleRepository.EntryRow> entries = repository.entries(state.cycle.id());
    Map<UUID, IndexCycleRepository.EntryRow> facts = new LinkedHashMap<>();
    entries.forEach(e -> facts.put(e.innovationId(), e));
    List<ReadinessView.InnovationReadiness> list = new ArrayList<>();
    for (CycleSheet.InnovationRow row : state.innovations) {
      IndexCycleRepository.EntryRow e = facts.get(row.innovationId());
      List<Integer> unproven = new ArrayList<>();
      for (int k = 0; k < row.choices().size(); k++) {
        SheetChoice c = row.choices().get(k);
        if (c.effectiveLevel() > 0 && !c.effectiveEvidenced()) {
          unproven.add(state.innovationMeasures.get(k).indicatorNumber());
        }
      }
      Readiness.Verdict verdict =
          Readiness.check(
              new Readiness.Facts(
                  e == null ? List.of() : e.emptyRequired(),
                  e == null ? 0 : e.narrativeWords(),
                  e != null && e.videoUrl() != null && !e.videoUrl().isBlank(),
                  row.counts(),
                  unproven));
      list.add(
          new ReadinessView.InnovationReadiness(
              row.innovationId(),
              row.name(),
              row.workUnitId(),
              row.workUnitName(),
              verdict.light(),
              verdict.missing().stream().map(m -> item(m, locale)).toList()));
    }
    Map<UUID, List<ReadinessView.InnovationReadiness>> byUnit = new LinkedHashMap<>();
    list.stream()
        .sorted((a, b) -> a.workUnitName().compareToIgnoreCase(b.workUnitName()))
        .forEach(r -> byUnit.computeIfAbsent(r.workUnitId(), k -> new ArrayList<>()).add(r));
    List<ReadinessView.WorkUnitReadiness> units = new ArrayList<>();
    byUnit.forEach(
        (id, rs) ->
            units.add(
                new ReadinessView.WorkUnitReadiness(
                    id,
                    rs.get(0).workUnitName(),
                    count(rs, ReadinessLight.GREEN),
                    count(rs, ReadinessLight.YELLOW),
                    count(rs, ReadinessLight.RED),
                    rs)));
    return new ReadinessView(state.cycle.year(), list, units);
  }

  private static int count(List<ReadinessView.InnovationReadiness> rs, ReadinessLight light) {
    return (int) rs.stream().filter(r -> r.light() == light).count();
  }

  private static ReadinessView.MissingItem item(Readiness.Missing m, Locale locale) {
    Object[] args = m.args().toArray();
    if (m.code().equals("index.ready.field")) {
      args = new Object[] {Phrase.of("innovation.field." + args[0])};
    }
    return new ReadinessView.MissingItem(m.code(), m.args(), Messages.get(locale, m.code(), args));
  }

  ReadinessMail mail(CycleState state, UUID workUnitId) {
    TenantRef tenant = TenantContext.require();
    Locale locale = Messages.localeOf(tenant.locale());
    ReadinessView view = readiness(state, locale);
    ReadinessView.WorkUnitReadiness unit =
        view.workUnits().stream()
            .filter(u -> u.workUnitId().equals(workUnitId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("work unit in the cycle", workUnitId));
    StringBuilder list = new StringBuilder();
    for (ReadinessView.InnovationReadiness r : unit.innovations()) {
      if (r.missing().isEmpty()) {
        continue;
      }
      list.append("- ").append(r.name()).append(" (").append(r.light()).append(")\n");
      r.missing().forEach(m -> list.append("    · ").append(m.text()).append('\n'));
    }
    if (list.isEmpty()) {
      list.append(Messages.get(locale, "index.ready.nothingMissing")).append('\n');
    }
    String url = config.publicUrl().orElse("") + "/t/" + tenant.slug() + "/innovation-index";
    int recipients = 0;
    String stamp = Long.toString(state.cycle.version());
    for (IndexCycleRepository.Recipient r : repository.recipientsOf(workUnitId)) {
      boolean queued =
          notifier.queue(
              "index-readiness:"
                  + state.cycle.year()
                  + ":"
                  + workUnitId
                  + ":"
                  + stamp
                  + ":"
                  + r.username()
                  + ":"
                  + System.currentTimeMillis(),
              r.email(),
              tenant.locale(),
              "index-readiness",
              Map.of(
                  "name", r.name(),
                  "year", Integer.toString(state.cycle.year()),
                  "workUnit", unit.name(),
                  "list", list.toString().stripTrailing(),
                  "url", url));
      if (queued) {
        recipients++;
      }
    }
    return new ReadinessMail(workUnitId, recipients, unit.innovations().size());
  }
}
