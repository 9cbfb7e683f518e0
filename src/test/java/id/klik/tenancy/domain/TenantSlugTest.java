package id.klik.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantSlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"pontianak", "kota-pontianak", "abc", "jabar2"})
  void lowerCaseLettersDigitsAndDashesStartingWithALetterAreSlugs(String value) {
    assertThat(TenantSlug.isValid(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "Pontianak",
        "1pontianak",
        "-pontianak",
        "pontianak-",
        "kota_pontianak",
        "kota.pontianak",
        "kota pontianak",
        ""
      })
  void otherSpellingsAreNotSlugs(String value) {
    assertThat(TenantSlug.isValid(value)).isFalse();
  }

  @Test
  void aSlugHasAtMost40Characters() {
    String forty = "a".repeat(40);

    assertThat(TenantSlug.isValid(forty)).isTrue();
    assertThat(TenantSlug.isValid(forty + "a")).isFalse();
  }

  @Test
  void nullIsNotASlug() {
    assertThat(TenantSlug.isValid(null)).isFalse();
  }

  @Test
  void constructingAnInvalidSlugFailsAndNamesTheValue() {
    assertThatThrownBy(() -> new TenantSlug("Kota Pontianak"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Kota Pontianak");
  }

  @Test
  void theSchemaNameIsTheSlugWithATPrefix() {
    assertThat(new TenantSlug("pontianak").schemaName()).isEqualTo("t_pontianak");
  }

  @Test
  void theSchemaNameReplacesDashesWithUnderscores() {
    assertThat(new TenantSlug("kota-pontianak-2").schemaName()).isEqualTo("t_kota_pontianak_2");
  }

  @Test
  void aSlugPrintsAsItsValue() {
    assertThat(new TenantSlug("sumedang")).hasToString("sumedang");
  }
}
