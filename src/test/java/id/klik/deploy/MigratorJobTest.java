package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import org.junit.jupiter.api.Test;

/** The tenant-schema migrator runs once, before the new version starts, never in every replica. */
class MigratorJobTest {

  private static final String CLASSPATH =
      "/opt/klik/app/WEB-INF/classes:/opt/klik/app/WEB-INF/lib/*";

  private final Job job = HelmChart.template().render().one("Job", Job.class);

  @Test
  void runsBeforeInstallAndBeforeEveryUpgrade() {
    assertThat(job.getMetadata().getAnnotations())
        .containsEntry("helm.sh/hook", "pre-install,pre-upgrade");
  }

  @Test
  void declaresItsHookWeight() {
    assertThat(job.getMetadata().getAnnotations()).containsEntry("helm.sh/hook-weight", "10");
  }

  @Test
  void replacesThePreviousRunButKeepsAFailedOneForDiagnosis() {
    assertThat(job.getMetadata().getAnnotations())
        .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation");
  }

  @Test
  void runsTheMigrateCommandFromTheExplodedWar() {
    var container = job.getSpec().getTemplate().getSpec().getContainers().get(0);

    assertThat(container.getCommand())
        .containsExactly("java", "-cp", CLASSPATH, "id.klik.tenancy.infrastructure.MigrateCommand");
  }

  @Test
  void usesTheAppsImage() {
    var deployment = HelmChart.template().render().one("Deployment", Deployment.class);

    assertThat(job.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
  }

  @Test
  void getsTheDatabaseAndThreadCountItNeeds() {
    var env = job.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();

    assertThat(env)
        .extracting(EnvVar::getName)
        .contains("KLIK_DB_URL", "KLIK_DB_USER", "KLIK_DB_PASSWORD", "KLIK_MIGRATE_THREADS");
  }

  @Test
  void failsTheReleaseInsteadOfRetryingForever() {
    assertThat(job.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    assertThat(job.getSpec().getBackoffLimit()).isLessThanOrEqualTo(3);
    assertThat(job.getSpec().getActiveDeadlineSeconds()).isPositive();
  }

  @Test
  void dependsOnNothingTheReleaseCreatesLater() {
    var pod = job.getSpec().getTemplate().getSpec();

    // pre-install hooks run before the chart's ServiceAccount and ConfigMap exist
    assertThat(pod.getServiceAccountName()).isNull();
    assertThat(pod.getVolumes()).allSatisfy(v -> assertThat(v.getConfigMap()).isNull());
  }

  @Test
  void runsUnderTheSameLockedDownSecurityContextAsTheApp() {
    var pod = job.getSpec().getTemplate().getSpec();
    var container = pod.getContainers().get(0);

    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getVolumeMounts())
        .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
  }

  @Test
  void waitsForTheFirstUpgradeWhenTheChartCreatesTheDatabase() {
    var manifests = HelmChart.template().values(HelmChart.OPERATORS_VALUES).render();

    // before the first install there is no CloudNativePG cluster to migrate
    assertThat(manifests.one("Job", Job.class).getMetadata().getAnnotations())
        .containsEntry("helm.sh/hook", "pre-upgrade");
    assertThat(
            manifests
                .one("Deployment", Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getEnv())
        .filteredOn(e -> e.getName().equals("KLIK_MIGRATE_ON_STARTUP"))
        .singleElement()
        .extracting(EnvVar::getValue)
        .isEqualTo("true");
  }

  @Test
  void canBeSwitchedOffSoTheAppMigratesOnStartup() {
    var manifests = HelmChart.template().set("migrator.enabled", false).render();

    assertThat(manifests.kinds()).doesNotContain("Job");
    assertThat(
            manifests
                .one("Deployment", Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getEnv())
        .filteredOn(e -> e.getName().equals("KLIK_MIGRATE_ON_STARTUP"))
        .singleElement()
        .extracting(EnvVar::getValue)
        .isEqualTo("true");
  }
}
