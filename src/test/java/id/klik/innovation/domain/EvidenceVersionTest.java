package id.klik.innovation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvidenceVersionTest {

  @Test
  void theFirstVersionIsOneAndEachUploadTheNext() {
    assertThat(EvidenceVersion.next(0)).isEqualTo(1);
    assertThat(EvidenceVersion.next(3)).isEqualTo(4);
  }

  @Test
  void versionsCountFromOne() {
    assertThatThrownBy(
            () -> new EvidenceVersion(UUID.randomUUID(), 0, "a".repeat(64), "x.pdf", "t", 1, "u"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileNameLosesItsFolderAndKeepsItsExtensionWhenCut() {
    assertThat(EvidenceVersion.cleanName("C:\\Users\\ani\\SK Walikota.pdf"))
        .isEqualTo("SK Walikota.pdf");
    assertThat(EvidenceVersion.cleanName("a".repeat(300) + ".docx")).hasSize(255).endsWith(".docx");
    assertThat(EvidenceVersion.cleanName("..")).isEqualTo("bukti");
  }

  @Test
  void titlesCompareWithoutCaseOrExtraSpace() {
    assertThat(Evidence.titleKey("  SK   Walikota.pdf ")).isEqualTo("sk walikota.pdf");
  }
}
