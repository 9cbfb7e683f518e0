package id.klik.index.domain;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.infrastructure.BuiltinTemplates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in index models and short ways to write a cycle's assessment against them. */
final class IndexCycles {

  static final IndexModelBody MODEL_2026 = model("iid-index-2026-2026.1.yaml");
  static final IndexModelBody MODEL_2023 = model("iid-index-2023-2023.1.yaml");

  /** Five of the six basic-service affairs: sosial is left out. */
  static final List<String> FIVE_BASIC =
      List.of(
          "pendidikan",
          "kesehatan",
          "pekerjaan-umum-penataan-ruang",
          "perumahan-rakyat-kawasan-permukiman",
          "trantibum-linmas");

  static final List<String> FOUR_BASIC = FIVE_BASIC.subList(0, 4);

  /** An affair outside the basic services: covers nothing. */
  static final List<String> NO_BASIC = List.of("pariwisata");

  static final LocalDate APPLIED = LocalDate.of(2024, 6, 1);

  private IndexCycles() {}

  static IndexModelBody model(String file) {
    return new TemplateReader()
        .read(file, BuiltinTemplates.text(file))
        .orThrow()
        .body(IndexModelBody.class);
  }

  /** Every region measure of the model at one level. */
  static Map<String, ChosenLevel> region(IndexModelBody model, ChosenLevel level) {
    return measures(model, "region", level);
  }

  /** Every innovation measure of the model at one level. */
  static Map<String, ChosenLevel> perInnovation(IndexModelBody model, ChosenLevel level) {
    return measures(model, "innovation", level);
  }

  /** {@code n} innovations at one level for every measure, primary affairs taken in turn. */
  static List<EnteredInnovation> innovations(
      int n, IndexModelBody model, ChosenLevel level, List<String> affairs) {
    return innovations(0, n, perInnovation(model, level), affairs);
  }

  static List<EnteredInnovation> innovations(
      int first, int n, Map<String, ChosenLevel> levels, List<String> affairs) {
    List<EnteredInnovation> innovations = new ArrayList<>();
    for (int i = first; i < first + n; i++) {
      innovations.add(
          new EnteredInnovation(
              "inv-" + i, affairs.get(i % affairs.size()), Set.of(), APPLIED, levels));
    }
    return innovations;
  }

  static Assessment cycle(Map<String, ChosenLevel> region, List<EnteredInnovation> innovations) {
    return new Assessment(region, innovations, null);
  }

  @SafeVarargs
  static List<EnteredInnovation> concat(List<EnteredInnovation>... groups) {
    List<EnteredInnovation> all = new ArrayList<>();
    for (List<EnteredInnovation> group : groups) {
      all.addAll(group);
    }
    return all;
  }

  static Map<String, ChosenLevel> with(
      Map<String, ChosenLevel> levels, String measureId, ChosenLevel level) {
    Map<String, ChosenLevel> changed = new LinkedHashMap<>(levels);
    changed.put(measureId, level);
    return changed;
  }

  private static Map<String, ChosenLevel> measures(
      IndexModelBody model, String scope, ChosenLevel level) {
    Map<String, ChosenLevel> levels = new LinkedHashMap<>();
    for (IndexModelBody.Aspect aspect : model.aspects()) {
      if (scope.equals(aspect.scope())) {
        aspect.indicators().stream()
            .flatMap(i -> i.measures().stream())
            .forEach(m -> levels.put(m.id(), level));
      }
    }
    return levels;
  }
}
