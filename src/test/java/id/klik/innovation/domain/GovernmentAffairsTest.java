package id.klik.innovation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GovernmentAffairsTest {

  @Test
  void theSixBasicServiceAffairsHaveTheIndexCodes() {
    assertThat(GovernmentAffairs.master().basicServices())
        .extracting(GovernmentAffair::code)
        .containsExactly(
            "pendidikan",
            "kesehatan",
            "pekerjaan-umum-penataan-ruang",
            "perumahan-rakyat-kawasan-permukiman",
            "trantibum-linmas",
            "sosial");
  }

  @Test
  void everyAffairOfTheLawIsListedInItsGroup() {
    var all = GovernmentAffairs.master().all();
    assertThat(all.stream().filter(a -> a.group().equals("wajib-non-pelayanan-dasar"))).hasSize(18);
    assertThat(all.stream().filter(a -> a.group().equals("pilihan"))).hasSize(8);
    assertThat(GovernmentAffairs.master().find("pariwisata").orElseThrow().name().en())
        .isEqualTo("Tourism");
  }

  @Test
  void anUnknownCodeIsNotKnown() {
    assertThat(GovernmentAffairs.master().known("pendidikan")).isTrue();
    assertThat(GovernmentAffairs.master().known("Pendidikan")).isFalse();
    assertThat(GovernmentAffairs.master().known(null)).isFalse();
  }

  @Test
  void aCodeListedTwiceIsRefusedWhenTheListIsRead() {
    String tsv = "pilihan\tpariwisata\tPariwisata\tTourism\npilihan\tpariwisata\tWisata\tTourism\n";
    assertThatThrownBy(
            () ->
                GovernmentAffairs.parse(
                    new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("pariwisata");
  }
}
