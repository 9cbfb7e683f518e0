package id.klik.index.application;

import id.klik.index.domain.CycleRules;
import id.klik.index.domain.ModelDifference;
import id.klik.index.domain.ModelMeasure;
import id.klik.index.infrastructure.IndexCycleRepository;
import id.klik.index.infrastructure.IndexCycleRepository.CycleRow;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Starts a cycle from an earlier one: its innovations are entered again (unless entered in two
 * cycles already), and every level with its evidence is taken over where the new model still has
 * the measure and allows the level, marked as carried until someone confirms it.
 */
final class CarryOver {

  private final IndexCycleRepository repository;
  private final String actor;

  CarryOver(IndexCycleRepository repository, String actor) {
    this.repository = repository;
    this.actor = actor;
  }

  StartedCycle carry(CycleState previous, CycleRow target, IndexModels.Model model) {
    int max = model.body().levels() == null ? 3 : model.body().levels().max();
    int levels = 0;
    for (CycleSheet.RegionRow r : previous.region) {
      SheetChoice c = r.choice();
      if (c.level() > 0 && fits(model, ModelMeasure.REGION, c.measureId(), c.level(), max)) {
        repository.putRegion(target.id(), c.measureId(), c.level(), c.evidenceId(), true, actor);
        levels++;
      }
    }
    int entered = 0;
    List<UUID> left = new ArrayList<>();
    for (CycleSheet.InnovationRow i : previous.innovations) {
      if (repository.cyclesOf(i.innovationId()).size() >= CycleRules.MAX_ENTRIES) {
        left.add(i.innovationId());
        continue;
      }
      repository.enter(target.id(), i.innovationId(), true, actor);
      entered++;
      for (SheetChoice c : i.choices()) {
        if (c.level() > 0 && fits(model, ModelMeasure.INNOVATION, c.measureId(), c.level(), max)) {
          repository.putInnovation(
              target.id(), i.innovationId(), c.measureId(), c.level(), c.evidenceId(), true, actor);
          levels++;
        }
      }
    }
    return new StartedCycle(
        null, ModelDifference.between(previous.model.body(), model.body()), levels, entered, left);
  }

  private static boolean fits(
      IndexModels.Model model, String scope, String measureId, int level, int max) {
    return level <= max && ModelMeasure.find(model.body(), scope, measureId).isPresent();
  }
}
