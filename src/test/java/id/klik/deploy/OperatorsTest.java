package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With CloudNativePG and the Keycloak Operator enabled, the chart brings its own database and SSO.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one rendering, read by every test
class OperatorsTest {

  private final Manifests manifests =
      HelmChart.template().values(HelmChart.OPERATORS_VALUES).render();

  @Test
  void rendersNothingOfTheOperatorsByDefault() {
    assertThat(HelmChart.template().render().kinds())
        .doesNotContain("Cluster", "Keycloak", "KeycloakRealmImport");
  }

  @Test
  void rendersOneDatabaseClusterForTheAppAndOneForKeycloak() {
    assertThat(manifests.ofKind("Cluster"))
        .extracting(c -> metadata(c).get("name"))
        .containsExactlyInAnyOrder("klik-db", "klik-keycloak-db");
  }

  @Test
  void bootstrapsTheAppDatabaseAsConfigured() {
    var spec = spec(cluster("klik-db"));

    assertThat(spec).containsEntry("instances", 3);
    assertThat(spec)
        .extracting("bootstrap")
        .isEqualTo(Map.of("initdb", Map.of("database", "klik", "owner", "klik")));
    assertThat(spec)
        .extracting("storage")
        .isEqualTo(Map.of("size", "20Gi", "storageClass", "fast-ssd"));
  }

  @Test
  void connectsTheAppToThePrimaryWithTheOperatorsGeneratedLogin() {
    var env = appEnv();

    assertThat(env.get("KLIK_DB_URL").getValue())
        .isEqualTo("jdbc:postgresql://klik-db-rw.klik.svc:5432/klik");
    assertThat(env.get("KLIK_DB_USER").getValueFrom().getSecretKeyRef().getName())
        .isEqualTo("klik-db-app");
    assertThat(env.get("KLIK_DB_PASSWORD").getValueFrom().getSecretKeyRef().getName())
        .isEqualTo("klik-db-app");
  }

  @Test
  void runsKeycloakOnItsOwnDatabaseBehindTheIngress() {
    var spec = spec(manifests.one("Keycloak"));

    assertThat(spec).extracting("db").extracting("host").isEqualTo("klik-keycloak-db-rw.klik.svc");
    assertThat(spec)
        .extracting("hostname")
        .extracting("hostname")
        .isEqualTo("https://sso.klik.example.go.id");
    assertThat(spec).extracting("proxy").extracting("headers").isEqualTo("xforwarded");
  }

  @Test
  void letsTheAppCallKeycloakInClusterWhileBrowsersUseThePublicHost() {
    var env = appEnv();

    assertThat(env.get("KLIK_KEYCLOAK_URL").getValue())
        .isEqualTo("http://klik-keycloak-service.klik.svc:8080");
    assertThat(env.get("KLIK_KEYCLOAK_PUBLIC_URL").getValue())
        .isEqualTo("https://sso.klik.example.go.id");
  }

  @Test
  void importsTheKlikRealmWithOrganizationsEnabled() {
    var realm = realm();

    assertThat(realm).containsEntry("realm", "klik").containsEntry("organizationsEnabled", true);
    assertThat(spec(manifests.one("KeycloakRealmImport")))
        .containsEntry("keycloakCRName", "klik-keycloak");
  }

  @Test
  @SuppressWarnings("unchecked")
  void definesThePlatformRoles() {
    var roles =
        (List<Map<String, Object>>) ((Map<String, Object>) realm().get("roles")).get("realm");

    assertThat(roles)
        .extracting(r -> r.get("name"))
        .containsExactlyInAnyOrder("platform-admin", "national-mentor");
  }

  @Test
  @SuppressWarnings("unchecked")
  void definesTheConfidentialAppClientWithTheApiAudience() {
    var client = ((List<Map<String, Object>>) realm().get("clients")).get(0);

    assertThat(client)
        .containsEntry("clientId", "klik-app")
        .containsEntry("publicClient", false)
        .containsEntry("standardFlowEnabled", true)
        .containsEntry("serviceAccountsEnabled", true);
    assertThat((List<Map<String, Object>>) client.get("protocolMappers"))
        .anySatisfy(
            m ->
                assertThat(m.get("config"))
                    .asString()
                    .contains("included.custom.audience=klik-api"));
    assertThat((List<String>) client.get("optionalClientScopes")).contains("organization");
  }

  @Test
  @SuppressWarnings("unchecked")
  void letsTheAppsServiceAccountManageOrganizationsAndMembers() {
    var users = (List<Map<String, Object>>) realm().get("users");

    assertThat(users)
        .filteredOn(u -> "klik-app".equals(u.get("serviceAccountClientId")))
        .singleElement()
        .extracting(u -> ((Map<String, List<String>>) u.get("clientRoles")).get("realm-management"))
        .asInstanceOf(InstanceOfAssertFactories.list(String.class))
        .contains("manage-users", "view-users", "query-users", "manage-realm");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> realm() {
    return (Map<String, Object>) spec(manifests.one("KeycloakRealmImport")).get("realm");
  }

  private Map<String, Object> cluster(String name) {
    return manifests.ofKind("Cluster").stream()
        .filter(c -> name.equals(metadata(c).get("name")))
        .findFirst()
        .orElseThrow();
  }

  private Map<String, EnvVar> appEnv() {
    return manifests
        .one("Deployment", Deployment.class)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getEnv()
        .stream()
        .collect(Collectors.toMap(EnvVar::getName, e -> e));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(Map<String, Object> document) {
    return (Map<String, Object>) document.get("spec");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> metadata(Map<String, Object> document) {
    return (Map<String, Object>) document.get("metadata");
  }
}
