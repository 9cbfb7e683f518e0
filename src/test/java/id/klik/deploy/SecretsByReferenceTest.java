package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Secrets exist in the cluster before the chart; the chart only ever names them. */
class SecretsByReferenceTest {

  private static final Pattern SECRET_LIKE =
      Pattern.compile("(?i).*(password|secret|token|credential).*");

  static Stream<Path> setups() {
    return Stream.of(
        HelmChart.CHART.resolve("values.yaml"),
        HelmChart.PRODUCTION_VALUES,
        HelmChart.OPERATORS_VALUES);
  }

  @ParameterizedTest
  @MethodSource("setups")
  void rendersNoSecretObject(Path values) {
    assertThat(HelmChart.template().values(values).render().kinds()).doesNotContain("Secret");
  }

  @ParameterizedTest
  @MethodSource("setups")
  void feedsEverySecretLikeVariableFromASecretKeyRef(Path values) {
    var manifests = HelmChart.template().values(values).render();
    var containers = new ArrayList<Container>();
    containers.addAll(
        manifests
            .one("Deployment", Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers());
    containers.addAll(
        manifests.one("Job", Job.class).getSpec().getTemplate().getSpec().getContainers());

    var secretLike =
        containers.stream()
            .flatMap(c -> c.getEnv().stream())
            .filter(e -> SECRET_LIKE.matcher(e.getName()).matches())
            .toList();

    assertThat(secretLike).isNotEmpty();
    assertThat(secretLike)
        .allSatisfy(
            e -> {
              assertThat(e.getValue()).as(e.getName()).isNull();
              assertThat(e.getValueFrom().getSecretKeyRef()).as(e.getName()).isNotNull();
            });
  }

  @Test
  void readsTheDatabaseLoginFromTheExistingSecret() {
    var env =
        HelmChart.template()
            .render()
            .one("Deployment", Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getEnv();

    assertThat(env)
        .filteredOn(e -> e.getName().equals("KLIK_DB_PASSWORD"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("klik-database");
              assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void passesTheKeycloakClientSecretToTheRealmImportAsAPlaceholder() {
    var realmImport =
        HelmChart.template().values(HelmChart.OPERATORS_VALUES).render().one("KeycloakRealmImport");
    var spec = (Map<String, Object>) realmImport.get("spec");
    var realm = (Map<String, Object>) spec.get("realm");
    var client = ((List<Map<String, Object>>) realm.get("clients")).get(0);

    assertThat(client).containsEntry("secret", "${KLIK_CLIENT_SECRET}");
    assertThat(spec)
        .extracting("placeholders")
        .isEqualTo(
            Map.of(
                "KLIK_CLIENT_SECRET",
                Map.of("secret", Map.of("name", "klik-keycloak", "key", "client-secret"))));
  }

  @Test
  void hasNoValueThatCouldHoldAPassword() {
    assertThatThrownBy(
            () -> HelmChart.template().set("database.external.password", "hunter2").render())
        .hasMessageContaining("additional properties 'password' not allowed");
  }

  @Test
  void refusesAJdbcUrlThatCarriesAPassword() {
    assertThatThrownBy(
            () ->
                HelmChart.template()
                    .set(
                        "database.external.jdbcUrl",
                        "jdbc:postgresql://db:5432/klik?user=klik&password=hunter2")
                    .render())
        .hasMessageContaining("database.external.jdbcUrl must not carry a password");
  }
}
