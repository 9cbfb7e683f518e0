package id.klik.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The history keeps the name the person's computer gave the file, and nothing more. */
class WorkUnitImportTest {

  @Test
  void folderPartsAreDropped() {
    assertThat(WorkUnitImport.cleanName("C:\\Users\\ani\\unit kerja.csv"))
        .isEqualTo("unit kerja.csv");
    assertThat(WorkUnitImport.cleanName("/home/ani/units.csv")).isEqualTo("units.csv");
    assertThat(WorkUnitImport.cleanName("../../etc/passwd")).isEqualTo("passwd");
  }

  @Test
  void controlCharactersAreDropped() {
    assertThat(WorkUnitImport.cleanName("units\r\n.csv")).isEqualTo("units.csv");
  }

  @Test
  void aNameWithNothingLeftIsTheDefault() {
    assertThat(WorkUnitImport.cleanName(null)).isEqualTo("work-units.csv");
    assertThat(WorkUnitImport.cleanName(" ")).isEqualTo("work-units.csv");
    assertThat(WorkUnitImport.cleanName("dir/..")).isEqualTo("work-units.csv");
  }

  @Test
  void aLongNameIsCutKeepingItsExtension() {
    String cut = WorkUnitImport.cleanName("a".repeat(300) + ".csv");

    assertThat(cut).hasSize(WorkUnitImport.NAME_MAX).endsWith("aaa.csv");
  }
}
