package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After `helm install`, the operator reads where the platform answers and what to do next. */
class NotesTest {

  @Test
  void tellsThePlatformAndTenantUrls() {
    var report = HelmChart.installDryRunReport();

    assertThat(report)
        .contains("Platform:       https://klik.example.go.id")
        .contains("Tenant clinics: https://<slug>.klik.example.go.id");
  }

  @Test
  void namesTheSecretsToCreateBeforeInstalling() {
    var report = HelmChart.installDryRunReport();

    assertThat(report)
        .contains("klik-database: keys username, password")
        .contains("klik-keycloak: key client-secret");
  }

  @Test
  void remindsAboutStickySessionsWhenRunningSeveralReplicas() {
    var report = HelmChart.installDryRunReport(HelmChart.PRODUCTION_VALUES);

    assertThat(report).contains("3 replicas keep login state per pod");
  }
}
