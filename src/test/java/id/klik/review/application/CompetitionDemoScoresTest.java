package id.klik.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.review.domain.CriterionScore;
import id.klik.review.domain.RubricSheet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetitionDemoScoresTest {

  private static final RubricSheet SHEET =
      new RubricSheet(
          List.of("novelty", "effectiveness", "benefit", "transferability", "sustainability"),
          List.of(25.0, 20.0, 25.0, 15.0, 15.0),
          List.of(
              BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4)));

  @Test
  void everyIntendedFinalistScoresAboveEveryOtherEntryWithTheSameScoresEveryRun() {
    double lowestFinalist = Double.MAX_VALUE;
    double highestOther = 0;
    for (int i = 0; i < 60; i++) {
      for (String juror : CompetitionDemo.JURORS) {
        lowestFinalist = Math.min(lowestFinalist, weighted("Inovasi " + i, juror, true));
        highestOther = Math.max(highestOther, weighted("Inovasi " + i, juror, false));
      }
    }
    assertThat(lowestFinalist).isGreaterThan(highestOther);
    assertThat(CompetitionDemo.scores(SHEET, "SIPETA", "juri1.pontianak", true))
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(CompetitionDemo.scores(SHEET, "SIPETA", "juri1.pontianak", true));
  }

  private static double weighted(String title, String juror, boolean finalist) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (CriterionScore s : CompetitionDemo.scores(SHEET, title, juror, finalist)) {
      assertThat(SHEET.problems(Map.of(s.criterionId(), s.score()))).isEmpty();
      scores.put(s.criterionId(), s.score());
    }
    return SHEET.weighted(SHEET.ordered(scores));
  }
}
