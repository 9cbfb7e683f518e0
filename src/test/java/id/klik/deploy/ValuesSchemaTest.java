package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A wrong value stops `helm install` with the path of the value and what is wrong with it. */
class ValuesSchemaTest {

  static Stream<Arguments> wrongValues() {
    return Stream.of(
        Arguments.of("replicaCount", 0, "at '/replicaCount': minimum: got 0, want 1"),
        Arguments.of("replicas", 3, "additional properties 'replicas' not allowed"),
        Arguments.of("database.mode", "mysql", "at '/database/mode'"),
        Arguments.of(
            "database.external.jdbcUrl", "postgres://db/klik", "at '/database/external/jdbcUrl'"),
        Arguments.of(
            "database.external.existingSecret", "", "at '/database/external/existingSecret'"),
        Arguments.of("baseDomain", "*.klik.example.go.id", "at '/baseDomain'"),
        Arguments.of("keycloak.mode", "bitnami", "at '/keycloak/mode'"),
        Arguments.of("keycloak.external.url", "sso.example.go.id", "at '/keycloak/external/url'"),
        Arguments.of(
            "keycloak.clientSecret.existingSecret",
            "",
            "at '/keycloak/clientSecret/existingSecret'"),
        Arguments.of("image.pullPolicy", "Sometimes", "at '/image/pullPolicy'"),
        Arguments.of("image.digest", "latest", "at '/image/digest'"),
        Arguments.of("migrator.threads", 0, "at '/migrator/threads'"),
        Arguments.of("uploads.maxBytes", 209715200, "at '/uploads/maxBytes'"),
        Arguments.of("ingress.tls.secretName", "", "at '/ingress/tls/secretName'"),
        Arguments.of("extraEnv[0].name", "1NVALID", "at '/extraEnv/0/name'"),
        Arguments.of(
            "podDisruptionBudget.maxUnavailable", 0, "at '/podDisruptionBudget/maxUnavailable'"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("wrongValues")
  void rejectsWithThePathOfTheWrongValue(String key, Object value, String message) {
    assertThatThrownBy(() -> HelmChart.template().set(key, value).render())
        .hasMessageContaining("values don't meet the specifications of the schema")
        .hasMessageContaining(message);
  }

  @Test
  void requiresAHostnameForTheOperatorRunKeycloak() {
    assertThatThrownBy(
            () ->
                HelmChart.template()
                    .set("keycloak.mode", "operator")
                    .set("keycloak.operator.hostname", "")
                    .render())
        .hasMessageContaining("at '/keycloak/operator/hostname'");
  }

  @Test
  void keepsTheChartsOwnVariablesOutOfExtraEnv() {
    assertThatThrownBy(
            () ->
                HelmChart.template()
                    .set("extraEnv[0].name", "KLIK_DB_PASSWORD")
                    .set("extraEnv[0].value", "hunter2")
                    .render())
        .hasMessageContaining("extraEnv must not set KLIK_DB_PASSWORD");
  }

  @Test
  void rejectsAnAutoscalerThatCannotScale() {
    assertThatThrownBy(
            () ->
                HelmChart.template()
                    .set("autoscaling.enabled", true)
                    .set("autoscaling.minReplicas", 5)
                    .set("autoscaling.maxReplicas", 2)
                    .render())
        .hasMessageContaining(
            "autoscaling.minReplicas (5) must not exceed autoscaling.maxReplicas (2)");
  }

  @Test
  void requiresAnExternalKeycloakDatabaseToBeNamed() {
    assertThatThrownBy(
            () ->
                HelmChart.template()
                    .set("keycloak.mode", "operator")
                    .set("keycloak.operator.database.mode", "external")
                    .render())
        .hasMessageContaining("at '/keycloak/operator/database/external/host'");
  }
}
