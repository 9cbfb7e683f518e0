package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test harness renders a scratch copy to see hooks; it must not change anything else. */
class ScratchCopyTest {

  @Test
  void rendersTheRealChartPlusItsHooksAndNothingElse() {
    var template = HelmChart.template().values(HelmChart.PRODUCTION_VALUES);

    var withHooks = template.render().all();
    var real = template.renderWithoutHooks().all();

    assertThat(withHooks).filteredOn(Manifests::isHook).isNotEmpty();
    assertThat(withHooks).filteredOn(d -> !Manifests.isHook(d)).containsExactlyElementsOf(real);
  }
}
