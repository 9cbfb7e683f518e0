package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartLintTest {

  @Test
  void passesStrictLintWithoutWarnings() {
    var result = HelmChart.lintStrict();

    // strict lint fails on warnings too; INFO lines (e.g. "icon is recommended") are advice
    assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
    assertThat(result.getMessages())
        .noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
  }
}
