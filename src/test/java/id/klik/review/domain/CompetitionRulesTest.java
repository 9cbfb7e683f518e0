package id.klik.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.guideline.domain.ProgramBody;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateReading;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pontianak's 2025 competition blueprint as rules; a blueprint without a block gets defaults. */
class CompetitionRulesTest {

  @Test
  void pontianaksBlueprintRanksTwoCategoriesWithSixFinalistsEach() throws Exception {
    Path file = Path.of("tenants/pontianak/templates/pontianak-city-competition-2025.1.yaml");
    TemplateReading reading =
        new TemplateReader().read(file.getFileName().toString(), Files.readString(file));
    assertThat(reading.problems()).isEmpty();

    CompetitionRules rules =
        CompetitionRules.of((ProgramBody) reading.template().orElseThrow().body());

    assertThat(rules.rankCategoriesSeparately()).isTrue();
    assertThat(rules.categoryOrder()).containsExactly("agencies-bumd", "kelurahan-upt");
    assertThat(rules.finalists().perCategory())
        .containsEntry("agencies-bumd", 6)
        .containsEntry("kelurahan-upt", 6);
    assertThat(rules.categoryFor("BUMD")).contains("agencies-bumd");
    assertThat(rules.categoryFor("KELURAHAN")).contains("kelurahan-upt");
    assertThat(rules.spreadThreshold()).isEqualTo(20.0);
    assertThat(rules.knowsRejectionReason("incomplete")).isTrue();
    assertThat(rules.checklist()).hasSize(4);
  }

  @Test
  void aBlueprintWithoutACompetitionBlockGetsOneRankingOfTenAndTheDefaultSpread() {
    CompetitionRules rules = CompetitionRules.of(null);

    assertThat(rules.rankCategoriesSeparately()).isFalse();
    assertThat(rules.finalists().total()).isEqualTo(10);
    assertThat(rules.spreadThreshold()).isEqualTo(ScoreAggregation.DEFAULT_SPREAD_THRESHOLD);
  }
}
