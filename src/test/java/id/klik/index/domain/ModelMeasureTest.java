package id.klik.index.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelMeasureTest {

  @Test
  void theReplikasiIndicatorOfThe2026ModelIsTheOneTheProductDerives() {
    assertThat(ModelMeasure.of(IndexCycles.MODEL_2026, ModelMeasure.INNOVATION))
        .filteredOn(ModelMeasure::isReplication)
        .extracting(ModelMeasure::measureId)
        .containsExactly("sid-31");
  }

  @Test
  void oneLevelPerReplicatingRegionUpToTheModelsHighest() {
    assertThat(ModelMeasure.replicationLevel(0, 3)).isZero();
    assertThat(ModelMeasure.replicationLevel(2, 3)).isEqualTo(2);
    assertThat(ModelMeasure.replicationLevel(7, 3)).isEqualTo(3);
  }

  @Test
  void aMeasureIsFoundByIdInItsScopeOnly() {
    assertThat(ModelMeasure.find(IndexCycles.MODEL_2026, ModelMeasure.REGION, "visi-misi"))
        .hasValueSatisfying(m -> assertThat(m.indicatorNumber()).isEqualTo(1));
    assertThat(ModelMeasure.find(IndexCycles.MODEL_2026, ModelMeasure.INNOVATION, "visi-misi"))
        .isEmpty();
  }
}
