package id.klik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TenantRoleTest {

  @Test
  void theManifestSpellingIsParsed() {
    assertThat(TenantRole.parse("clinic-admin")).isEqualTo(TenantRole.CLINIC_ADMIN);
  }

  @Test
  void theEnumSpellingIsParsed() {
    assertThat(TenantRole.parse("CLINIC_STAFF")).isEqualTo(TenantRole.CLINIC_STAFF);
  }

  @Test
  void surroundingSpacesAreIgnored() {
    assertThat(TenantRole.parse(" innovator ")).isEqualTo(TenantRole.INNOVATOR);
  }

  @Test
  void anUnknownRoleIsRejected() {
    assertThatThrownBy(() -> TenantRole.parse("super-admin"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLabelIsTheManifestSpelling() {
    assertThat(TenantRole.CLINIC_ADMIN.label()).isEqualTo("clinic-admin");
  }

  @ParameterizedTest
  @EnumSource(TenantRole.class)
  void everyLabelParsesBackToItsRole(TenantRole role) {
    assertThat(TenantRole.parse(role.label())).isEqualTo(role);
  }
}
