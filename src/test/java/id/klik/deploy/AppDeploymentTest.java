package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The app's pods, as the app's contract (health endpoints, port, configuration keys) needs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one rendering, read by every test
class AppDeploymentTest {

  private final Deployment deployment =
      HelmChart.template().render().one("Deployment", Deployment.class);
  private final PodSpec pod = deployment.getSpec().getTemplate().getSpec();
  private final Container app = pod.getContainers().get(0);

  @Test
  void servesHttpOnPort8080() {
    assertThat(app.getPorts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getName()).isEqualTo("http");
              assertThat(p.getContainerPort()).isEqualTo(8080);
            });
  }

  @Test
  void probesStartupOnHealthStarted() {
    assertProbe(app.getStartupProbe(), "/health/started");
  }

  @Test
  void probesReadinessOnHealthReady() {
    assertProbe(app.getReadinessProbe(), "/health/ready");
  }

  @Test
  void probesLivenessOnHealthLive() {
    assertProbe(app.getLivenessProbe(), "/health/live");
  }

  @Test
  void givesPayaraTimeToBootBeforeLivenessCounts() {
    var startup = app.getStartupProbe();

    // Payara Micro boots in 10-12 s on 2 cores; a slow node must not get it killed mid-boot
    assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold())
        .isGreaterThanOrEqualTo(120);
  }

  @Test
  void runsAsNonRootWithoutPrivileges() {
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(app.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
  }

  @Test
  void keepsTheRootFilesystemReadOnlyWithPayarasRootDirOnAnEmptyDir() {
    assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(app.getArgs()).containsSequence("--rootDir", "/tmp/payara");
    assertThat(app.getVolumeMounts())
        .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
    assertThat(pod.getVolumes())
        .filteredOn(v -> v.getName().equals("tmp"))
        .singleElement()
        .satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
  }

  @Test
  void deploysTheWarAtTheRootContext() {
    assertThat(app.getArgs())
        .containsSequence("--deploy", "/opt/payara/deployments/ROOT.war")
        .containsSequence("--contextroot", "/")
        .containsSequence("--port", "8080");
  }

  @Test
  void configuresTheAppThroughItsDocumentedEnvironment() {
    assertThat(env().keySet())
        .contains(
            "KLIK_DB_URL",
            "KLIK_DB_USER",
            "KLIK_DB_PASSWORD",
            "KLIK_KEYCLOAK_URL",
            "KLIK_KEYCLOAK_PUBLIC_URL",
            "KLIK_KEYCLOAK_REALM",
            "KLIK_KEYCLOAK_CLIENT_ID",
            "KLIK_KEYCLOAK_CLIENT_SECRET",
            "KLIK_BASE_DOMAIN",
            "KLIK_PUBLIC_URL",
            "KLIK_TENANTS_DIR",
            "KLIK_MIGRATE_ON_STARTUP",
            "KLIK_MIGRATE_THREADS",
            "KLIK_UPLOAD_MAX_BYTES");
  }

  @Test
  void passesTheUploadLimitAsAPlainNumberOfBytes() {
    assertThat(env().get("KLIK_UPLOAD_MAX_BYTES").getValue()).isEqualTo("20000000");
  }

  @Test
  void pointsTheAppAtTheMountedTenantsFolder() {
    assertThat(env().get("KLIK_TENANTS_DIR").getValue()).isEqualTo("/etc/klik/tenants");
  }

  @Test
  void leavesMigrationToTheJobSoReplicasNeverRace() {
    assertThat(env().get("KLIK_MIGRATE_ON_STARTUP").getValue()).isEqualTo("false");
  }

  @Test
  void derivesThePublicUrlFromTheBaseDomain() {
    assertThat(env().get("KLIK_BASE_DOMAIN").getValue()).isEqualTo("klik.example.go.id");
    assertThat(env().get("KLIK_PUBLIC_URL").getValue()).isEqualTo("https://klik.example.go.id");
  }

  @Test
  void defaultsTheBrowserFacingKeycloakUrlToTheAppFacingOne() {
    assertThat(env().get("KLIK_KEYCLOAK_PUBLIC_URL").getValue())
        .isEqualTo(env().get("KLIK_KEYCLOAK_URL").getValue());
  }

  @Test
  void requestsResourcesAndCapsMemory() {
    assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(app.getResources().getLimits()).containsKey("memory");
  }

  @Test
  void needsNoServiceAccountTokenWithoutSessionReplication() {
    assertThat(pod.getAutomountServiceAccountToken()).isFalse();
  }

  @Test
  void runsThreeReplicasInTheProductionExample() {
    var production =
        HelmChart.template()
            .values(HelmChart.PRODUCTION_VALUES)
            .render()
            .one("Deployment", Deployment.class);

    assertThat(production.getSpec().getReplicas()).isEqualTo(3);
  }

  private Map<String, EnvVar> env() {
    return app.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
  }

  private static void assertProbe(Probe probe, String path) {
    assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
    // the named port resolves to 8080, the only port Payara Micro serves HTTP on
    assertThat(probe.getHttpGet().getPort()).isEqualTo(new IntOrString("http"));
  }
}
