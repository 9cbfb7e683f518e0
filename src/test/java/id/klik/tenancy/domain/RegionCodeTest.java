package id.klik.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @Test
  void kotaPontianakFitsAKota() {
    assertThat(RegionCode.problem("61.71", TenantKind.KOTA)).isEmpty();
  }

  @Test
  void kotaPontianakDoesNotFitAKabupaten() {
    assertThat(RegionCode.problem("61.71", TenantKind.KABUPATEN))
        .contains("regionCode.kindMismatch");
  }

  @Test
  void kabupatenSumedangFitsAKabupaten() {
    assertThat(RegionCode.problem("32.11", TenantKind.KABUPATEN)).isEmpty();
  }

  @Test
  void kabupatenSumedangDoesNotFitAKota() {
    assertThat(RegionCode.problem("32.11", TenantKind.KOTA)).contains("regionCode.kindMismatch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"61.01", "61.69"})
  void kabupatenCodesRunFrom01To69(String code) {
    assertThat(RegionCode.problem(code, TenantKind.KABUPATEN)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"61.00", "61.70"})
  void kabupatenCodesOutside01To69DoNotFit(String code) {
    assertThat(RegionCode.problem(code, TenantKind.KABUPATEN)).contains("regionCode.kindMismatch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"61.71", "61.99"})
  void kotaCodesRunFrom71To99(String code) {
    assertThat(RegionCode.problem(code, TenantKind.KOTA)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"61.69", "61.70"})
  void kotaCodesBelow71DoNotFit(String code) {
    assertThat(RegionCode.problem(code, TenantKind.KOTA)).contains("regionCode.kindMismatch");
  }

  @Test
  void aProvinceHasATwoDigitCode() {
    assertThat(RegionCode.problem("61", TenantKind.PROVINSI)).isEmpty();
  }

  @Test
  void aProvinceCodeWithARegencyPartIsRejected() {
    assertThat(RegionCode.problem("61.71", TenantKind.PROVINSI))
        .contains("regionCode.provinceOnly");
  }

  @Test
  void aKabupatenOrKotaNeedsTheRegencyPart() {
    assertThat(RegionCode.problem("61", TenantKind.KOTA)).contains("regionCode.needsRegency");
  }

  @Test
  void provinceCodesStartAt11() {
    assertThat(RegionCode.problem("10", TenantKind.PROVINSI)).contains("regionCode.province");
  }

  @Test
  void province11IsTheFirstValidOne() {
    assertThat(RegionCode.problem("11", TenantKind.PROVINSI)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "6171", "61.7", "61.711", "61-71", "61.71 ", "ab.cd"})
  void malformedCodesAreAFormatProblem(String code) {
    assertThat(RegionCode.problem(code, TenantKind.KOTA)).contains("regionCode.format");
  }

  @Test
  void aMissingCodeIsAFormatProblem() {
    assertThat(RegionCode.problem(null, TenantKind.KOTA)).contains("regionCode.format");
  }
}
