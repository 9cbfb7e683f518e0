package id.klik.guideline.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElementIdsTest {

  @Test
  void anIdIsTheIndonesianTextInLowercaseAsciiWordsJoinedByHyphens() {
    assertThat(ElementIds.slug("Undang Perangkat Daerah (OPD) & mitra!"))
        .isEqualTo("undang-perangkat-daerah-opd-mitra");
  }

  @Test
  void lettersWithAccentsLoseTheirAccents() {
    assertThat(ElementIds.slug("Évaluasi café")).isEqualTo("evaluasi-cafe");
  }

  @Test
  void aLongTextIsCutAtTheEndOfAWordWithinFortyCharacters() {
    String id = ElementIds.slug("Tim klinik di Bidang Litbang/Riset dan Inovasi ditetapkan");

    assertThat(id).isEqualTo("tim-klinik-di-bidang-litbang-riset-dan").hasSizeLessThanOrEqualTo(40);
  }

  @Test
  void anIdTakenInTheListGetsTheNextFreeNumber() {
    Set<String> taken = new HashSet<>(Set.of("susun-agenda", "susun-agenda-2"));

    assertThat(ElementIds.unique("Susun agenda", "item", taken)).isEqualTo("susun-agenda-3");
  }

  @Test
  void aTextWithoutLettersOrDigitsGetsTheFallback() {
    assertThat(ElementIds.unique(" -- ", "item", new HashSet<>())).isEqualTo("item");
  }
}
