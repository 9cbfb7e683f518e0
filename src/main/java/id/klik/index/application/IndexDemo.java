package id.klik.index.application;

import id.klik.guideline.domain.TemplateRef;
import id.klik.index.domain.ApplicationWindow;
import id.klik.index.domain.CycleRules;
import id.klik.index.domain.ModelMeasure;
import id.klik.index.infrastructure.IndexCycleRepository;
import id.klik.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a demo cycle as {@link IndexSeeding} read it, in one transaction, through the same rules
 * as the API: measures the model does not have, levels it does not allow, innovations the portfolio
 * does not hold and evidence titles not found are skipped, not invented. No person acts.
 */
@ApplicationScoped
public class IndexDemo {

  private static final String SEEDER = "seed";

  @Inject IndexCycleRepository repository;
  @Inject IndexModels models;
  @Inject AuditTrail audit;

  /** Seeds the cycle unless its year has one; answers what was done, for the log. */
  @Transactional
  public String seed(Map<?, ?> cycle) {
    int year = ((Number) cycle.get("year")).intValue();
    if (repository.find(year).isPresent()) {
      return "year " + year + " has a cycle already";
    }
    TemplateRef ref = TemplateRef.parse(String.valueOf(cycle.get("model")));
    Optional<IndexModels.Model> loaded = models.load(ref);
    if (loaded.isEmpty()) {
      throw new IllegalStateException("seed.index: the index model " + ref + " is not adopted");
    }
    IndexModels.Model model = loaded.get();
    int max = model.body().levels() == null ? 3 : model.body().levels().max();
    ApplicationWindow window = CycleRules.defaultWindow(model.body().year());
    UUID id = UUID.randomUUID();
    repository.insert(
        new IndexCycleRepository.CycleRow(
            id,
            year,
            ref.templateId(),
            ref.version().toString(),
            window.from(),
            window.to(),
            SEEDER,
            null,
            null,
            0));
    int levels = 0;
    if (cycle.get("region") instanceof Map<?, ?> region) {
      for (var e : region.entrySet()) {
        String measure = String.valueOf(e.getKey());
        int level = ((Number) e.getValue()).intValue();
        if (level <= max
            && ModelMeasure.find(model.body(), ModelMeasure.REGION, measure).isPresent()) {
          repository.putRegion(id, measure, level, null, false, SEEDER);
          levels++;
        }
      }
    }
    int entered = 0;
    if (cycle.get("innovations") instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof Map<?, ?> innovation)) {
          continue;
        }
        Optional<UUID> found = repository.innovationNamed(String.valueOf(innovation.get("name")));
        if (found.isEmpty() || repository.cyclesOf(found.get()).size() >= CycleRules.MAX_ENTRIES) {
          continue;
        }
        UUID innovationId = found.get();
        repository.enter(id, innovationId, false, SEEDER);
        entered++;
        Map<?, ?> evidence = innovation.get("evidence") instanceof Map<?, ?> m ? m : Map.of();
        if (innovation.get("levels") instanceof Map<?, ?> chosen) {
          for (var e : chosen.entrySet()) {
            String measure = String.valueOf(e.getKey());
            int level = ((Number) e.getValue()).intValue();
            if (level > max
                || ModelMeasure.find(model.body(), ModelMeasure.INNOVATION, measure).isEmpty()) {
              continue;
            }
            UUID evidenceId =
                evidence.containsKey(measure)
                    ? repository
                        .evidenceTitled(innovationId, String.valueOf(evidence.get(measure)))
                        .orElse(null)
                    : null;
            repository.putInnovation(id, innovationId, measure, level, evidenceId, false, SEEDER);
            levels++;
          }
        }
      }
    }
    audit.record("START", "index-cycle", year, "demo cycle on " + ref + " (seed)");
    return "year " + year + " on " + ref + ": " + entered + " innovations, " + levels + " levels";
  }
}
