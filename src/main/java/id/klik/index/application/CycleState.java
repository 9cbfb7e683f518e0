package id.klik.index.application;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.index.domain.ApplicationWindow;
import id.klik.index.domain.Assessment;
import id.klik.index.domain.ChosenLevel;
import id.klik.index.domain.EnteredInnovation;
import id.klik.index.domain.ModelMeasure;
import id.klik.index.infrastructure.IndexCycleRepository.ChoiceRow;
import id.klik.index.infrastructure.IndexCycleRepository.CycleRow;
import id.klik.index.infrastructure.IndexCycleRepository.EntryRow;
import id.klik.shared.domain.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;

/**
 * One cycle as read from storage, turned into the sheet people see and the {@link Assessment} the
 * formula computes. Evidence counts only when it is attached, has a file, belongs to the innovation
 * (a region item for a region measure) and proves this measure's indicator or none in particular; a
 * level the product derives (Replikasi) counts where it is higher than the chosen one.
 */
final class CycleState {

  final CycleRow cycle;
  final IndexModels.Model model;
  final List<ModelMeasure> regionMeasures;
  final List<ModelMeasure> innovationMeasures;
  final List<CycleSheet.RegionRow> region;
  final List<CycleSheet.InnovationRow> innovations;
  final ApplicationWindow window;

  CycleState(
      CycleRow cycle,
      IndexModels.Model model,
      List<ChoiceRow> regionChoices,
      List<EntryRow> entries,
      List<ChoiceRow> innovationChoices,
      ToLongFunction<UUID> replications) {
    this.cycle = cycle;
    this.model = model;
    IndexModelBody body = model.body();
    this.regionMeasures = ModelMeasure.of(body, ModelMeasure.REGION);
    this.innovationMeasures = ModelMeasure.of(body, ModelMeasure.INNOVATION);
    this.window = new ApplicationWindow(cycle.windowFrom(), cycle.windowTo());
    int max = body.levels() == null ? 3 : body.levels().max();

    Map<String, ChoiceRow> regionById = new HashMap<>();
    regionChoices.forEach(c -> regionById.put(c.measureId(), c));
    List<CycleSheet.RegionRow> rows = new ArrayList<>();
    for (ModelMeasure m : regionMeasures) {
      rows.add(new CycleSheet.RegionRow(m, choice(null, m, regionById.get(m.measureId()), null)));
    }
    this.region = List.copyOf(rows);

    Map<UUID, Map<String, ChoiceRow>> byInnovation = new HashMap<>();
    innovationChoices.forEach(
        c ->
            byInnovation
                .computeIfAbsent(c.innovationId(), k -> new HashMap<>())
                .put(c.measureId(), c));
    boolean derives = innovationMeasures.stream().anyMatch(ModelMeasure::isReplication);
    List<CycleSheet.InnovationRow> list = new ArrayList<>();
    for (EntryRow e : entries) {
      Map<String, ChoiceRow> chosen = byInnovation.getOrDefault(e.innovationId(), Map.of());
      long replicated = derives ? replications.applyAsLong(e.innovationId()) : 0;
      List<SheetChoice> choices = new ArrayList<>();
      for (ModelMeasure m : innovationMeasures) {
        SheetChoice.DerivedLevel derived =
            m.isReplication()
                ? new SheetChoice.DerivedLevel(
                    ModelMeasure.replicationLevel(replicated, max), "replications", replicated)
                : null;
        choices.add(choice(e.innovationId(), m, chosen.get(m.measureId()), derived));
      }
      boolean counts = window.contains(e.appliedOn());
      list.add(
          new CycleSheet.InnovationRow(
              e.innovationId(),
              e.name(),
              e.workUnitId(),
              e.workUnitName(),
              e.primaryAffair(),
              e.otherAffairs(),
              e.appliedOn(),
              counts,
              counts ? null : outsideReason(e),
              e.cyclesEntered(),
              e.carried(),
              choices));
    }
    this.innovations = List.copyOf(list);
  }

  private LocalizedText outsideReason(EntryRow e) {
    if (e.appliedOn() == null) {
      return LocalizedText.of(
          "Tanggal penerapan belum diisi.", "The application date is not filled in.");
    }
    String range = String.valueOf(window.from()) + " – " + window.to();
    return LocalizedText.of(
        "Diterapkan " + e.appliedOn() + ", di luar periode siklus " + range + ".",
        "Applied " + e.appliedOn() + ", outside the cycle's window " + range + ".");
  }

  private static SheetChoice choice(
      UUID innovationId, ModelMeasure m, ChoiceRow row, SheetChoice.DerivedLevel derived) {
    if (row == null) {
      return new SheetChoice(innovationId, m.measureId(), 0, null, null, false, false, derived);
    }
    return new SheetChoice(
        innovationId,
        m.measureId(),
        row.level(),
        row.evidenceId(),
        row.evidenceTitle(),
        proves(innovationId, m, row),
        row.carried(),
        derived);
  }

  /** Whether the attached evidence proves this measure (see the class comment). */
  static boolean proves(UUID innovationId, ModelMeasure m, ChoiceRow row) {
    return row.evidenceId() != null
        && row.evidenceTitle() != null
        && Objects.equals(row.evidenceInnovation(), innovationId)
        && (row.evidenceIndicator() == null || row.evidenceIndicator().equals(m.indicatorId()));
  }

  /** What the formula computes: effective levels, entered innovations with affairs and dates. */
  Assessment assessment() {
    Map<String, ChosenLevel> regionLevels = new LinkedHashMap<>();
    region.forEach(r -> regionLevels.put(r.measure().measureId(), level(r.choice())));
    List<EnteredInnovation> entered = new ArrayList<>();
    for (CycleSheet.InnovationRow row : innovations) {
      Map<String, ChosenLevel> levels = new LinkedHashMap<>();
      row.choices().forEach(c -> levels.put(c.measureId(), level(c)));
      Set<String> others = new HashSet<>(row.otherAffairs());
      entered.add(
          new EnteredInnovation(
              row.innovationId().toString(), row.primaryAffair(), others, row.appliedOn(), levels));
    }
    return new Assessment(regionLevels, entered, window);
  }

  private static ChosenLevel level(SheetChoice c) {
    return new ChosenLevel(c.effectiveLevel(), c.effectiveEvidenced());
  }

  Map<UUID, CycleSheet.InnovationRow> innovationsById() {
    Map<UUID, CycleSheet.InnovationRow> byId = new LinkedHashMap<>();
    innovations.forEach(i -> byId.put(i.innovationId(), i));
    return byId;
  }

  int toConfirm() {
    int n = (int) region.stream().filter(r -> r.choice().carried()).count();
    for (CycleSheet.InnovationRow i : innovations) {
      n += (int) i.choices().stream().filter(SheetChoice::carried).count();
    }
    return n;
  }
}
