package id.klik.guideline.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules that keep an index model's figures consistent with each other, so that a typo in yearly
 * master data shows up when the model is read, not as a wrong index months later.
 */
final class IndexModelConsistency {

  interface Report {
    void problem(String pointer, String field, String indonesian, String english);
  }

  private final Report report;

  IndexModelConsistency(Report report) {
    this.report = report;
  }

  void check(IndexModelBody model) {
    Set<Integer> numbers = new HashSet<>();
    for (int a = 0; a < model.aspects().size(); a++) {
      IndexModelBody.Aspect aspect = model.aspects().get(a);
      String at = "/aspects/" + a;
      for (int i = 0; i < aspect.indicators().size(); i++) {
        indicator(model, aspect, aspect.indicators().get(i), at + "/indicators/" + i, numbers);
      }
      BigDecimal levelMax = BigDecimal.valueOf(model.levels().max());
      BigDecimal computed = aspect.weightSum().multiply(levelMax);
      if (aspect.maxScore() != null
          && !aspect.indicators().isEmpty()
          && computed.compareTo(aspect.maxScore()) != 0) {
        report.problem(
            at + "/maxScore",
            "aspects[" + a + "].maxScore",
            "Nilai maksimal "
                + aspect.code()
                + " tertulis "
                + plain(aspect.maxScore())
                + ", tetapi jumlah bobot × tingkat tertinggi = "
                + plain(computed)
                + ".",
            "The maximum score of "
                + aspect.code()
                + " says "
                + plain(aspect.maxScore())
                + ", but the sum of weights × highest level = "
                + plain(computed)
                + ".");
      }
    }
    categories(model.categories());
  }

  private void indicator(
      IndexModelBody model,
      IndexModelBody.Aspect aspect,
      IndexModelBody.Indicator indicator,
      String at,
      Set<Integer> numbers) {
    IndexModelBody.NumberRange range = aspect.indicatorNumbers();
    if (!numbers.add(indicator.number())) {
      report.problem(
          at + "/number",
          "indicators.number",
          "Nomor indikator " + indicator.number() + " dipakai lebih dari sekali.",
          "Indicator number " + indicator.number() + " is used more than once.");
    } else if (range != null
        && (indicator.number() < range.from() || indicator.number() > range.to())) {
      report.problem(
          at + "/number",
          "indicators.number",
          "Indikator "
              + indicator.number()
              + " berada di luar nomor aspek "
              + aspect.code()
              + " ("
              + range.from()
              + "–"
              + range.to()
              + ").",
          "Indicator "
              + indicator.number()
              + " is outside the numbers of aspect "
              + aspect.code()
              + " ("
              + range.from()
              + "–"
              + range.to()
              + ").");
    }
    for (int m = 0; m < indicator.measures().size(); m++) {
      List<IndexModelBody.Level> levels = indicator.measures().get(m).levels();
      Set<Integer> seen = new HashSet<>();
      levels.forEach(level -> seen.add(level.level()));
      boolean complete = true;
      for (int level = model.levels().min(); level <= model.levels().max(); level++) {
        complete &= seen.contains(level);
      }
      if (!levels.isEmpty() && !complete) {
        report.problem(
            at + "/measures/" + m + "/levels",
            "indicators.measures.levels",
            "Indikator "
                + indicator.number()
                + " harus memiliki tepat satu parameter untuk setiap tingkat "
                + model.levels().min()
                + ".."
                + model.levels().max()
                + ".",
            "Indicator "
                + indicator.number()
                + " must have exactly one parameter for each level "
                + model.levels().min()
                + ".."
                + model.levels().max()
                + ".");
      }
    }
  }

  private void categories(List<IndexModelBody.Category> categories) {
    for (int i = 0; i < categories.size(); i++) {
      IndexModelBody.Category category = categories.get(i);
      if (category.minScore().compareTo(category.maxScore()) > 0) {
        report.problem(
            "/categories/" + i,
            "categories[" + i + "]",
            "Kategori '"
                + category.title().id()
                + "': nilai terendah lebih besar dari nilai tertinggi.",
            "Category '"
                + category.title().in(java.util.Locale.ENGLISH)
                + "': the lowest score is above the highest.");
      }
      for (int j = 0; j < i; j++) {
        IndexModelBody.Category other = categories.get(j);
        boolean overlap =
            category.minScore().compareTo(other.maxScore()) <= 0
                && other.minScore().compareTo(category.maxScore()) <= 0;
        if (overlap) {
          report.problem(
              "/categories/" + i,
              "categories[" + i + "]",
              "Rentang kategori '"
                  + category.title().id()
                  + "' bertumpuk dengan '"
                  + other.title().id()
                  + "'.",
              "The range of category '"
                  + category.title().in(java.util.Locale.ENGLISH)
                  + "' overlaps '"
                  + other.title().in(java.util.Locale.ENGLISH)
                  + "'.");
        }
      }
    }
  }

  private static String plain(BigDecimal number) {
    return TemplateConsistency.plain(number);
  }
}
