package id.klik.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileRulesTest {

  private static final long MB = 1024L * 1024L;

  @Test
  void aTemplatesExtensionsNarrowTheDocumentsToThoseTypes() {
    FileRules rules = FileRules.documents(List.of("pdf", "PPTX", ".jpg"), 10 * MB);

    assertThat(rules.allowedTypes())
        .containsExactlyInAnyOrder(FileRules.PDF, FileRules.PPTX, FileRules.JPEG);
    assertThat(rules.allows(FileRules.PNG)).isFalse();
    assertThat(rules.maxBytes()).isEqualTo(10 * MB);
  }

  @Test
  void noExtensionOrOnlyUnknownOnesMeanEveryDocument() {
    assertThat(FileRules.documents(List.of(), MB).allowedTypes()).isEqualTo(FileRules.DOCUMENTS);
    assertThat(FileRules.documents(null, MB).allowedTypes()).isEqualTo(FileRules.DOCUMENTS);
    assertThat(FileRules.documents(List.of("exe", "html"), MB).allowedTypes())
        .isEqualTo(FileRules.DOCUMENTS)
        .doesNotContain("text/html");
  }
}
