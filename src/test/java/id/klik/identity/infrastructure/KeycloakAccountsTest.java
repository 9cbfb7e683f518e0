package id.klik.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeycloakAccountsTest {

  @Test
  void aNameIsSplitAtItsLastSpace() {
    assertThat(KeycloakAccounts.firstName("Siti Nur Aminah")).isEqualTo("Siti Nur");
    assertThat(KeycloakAccounts.lastName("Siti Nur Aminah")).isEqualTo("Aminah");
  }

  @Test
  void aSingleNameFillsBothAsKeycloaksProfileWantsBoth() {
    assertThat(KeycloakAccounts.firstName("Soekarno")).isEqualTo("Soekarno");
    assertThat(KeycloakAccounts.lastName("Soekarno")).isEqualTo("Soekarno");
  }
}
