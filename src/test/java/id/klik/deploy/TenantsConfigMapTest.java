package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repo's tenants/ folder reaches the app through a ConfigMap, with no copy kept by hand. */
class TenantsConfigMapTest {

  @Test
  void carriesEveryFileOfEveryTenantFolderOfTheRepository() throws IOException {
    var expected = tenantFiles(HelmChart.TENANTS);

    var configMap = HelmChart.template().render().one("ConfigMap", ConfigMap.class);

    assertThat(keys(configMap)).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (var file : expected.entrySet()) {
      assertThat(contentOf(configMap, file.getKey()))
          .as(file.getValue())
          .isEqualTo(Files.readAllBytes(HelmChart.TENANTS.resolve(file.getValue())));
    }
  }

  @Test
  void mountsEveryTenantFolderOfTheRepositoryInItsOwnLayout() throws IOException {
    var expected = tenantFiles(HelmChart.TENANTS);

    var deployment = HelmChart.template().render().one("Deployment", Deployment.class);

    assertThat(itemPaths(deployment)).isEqualTo(expected);
  }

  @Test
  void flattensNestedFilesIntoValidKeys() {
    var configMap = renderFixture().one("ConfigMap", ConfigMap.class);

    assertThat(keys(configMap))
        .containsExactlyInAnyOrder(
            "pontianak__tenant.yaml",
            "pontianak__templates__klinik-pontianak.yaml",
            "pontianak__work-units.csv",
            "pontianak__logo.png",
            "sumedang__tenant.yaml");
  }

  @Test
  void restoresTheFolderLayoutWhereTheAppReadsIt() {
    var deployment = renderFixture().one("Deployment", Deployment.class);

    assertThat(itemPaths(deployment))
        .containsEntry(
            "pontianak__templates__klinik-pontianak.yaml",
            "pontianak/templates/klinik-pontianak.yaml")
        .containsEntry("sumedang__tenant.yaml", "sumedang/tenant.yaml");
    assertThat(
            deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts())
        .anySatisfy(
            m -> {
              assertThat(m.getName()).isEqualTo("tenants");
              assertThat(m.getMountPath()).isEqualTo("/etc/klik/tenants");
              assertThat(m.getReadOnly()).isTrue();
            });
  }

  @Test
  void keepsBinaryFilesByteForByte() throws IOException {
    var configMap = renderFixture().one("ConfigMap", ConfigMap.class);

    assertThat(configMap.getBinaryData()).containsOnlyKeys("pontianak__logo.png");
    assertThat(contentOf(configMap, "pontianak__logo.png"))
        .isEqualTo(Files.readAllBytes(HelmChart.FIXTURE_TENANTS.resolve("pontianak/logo.png")));
  }

  @Test
  void rollsThePodsWhenATenantFileChanges(@TempDir Path tenants) throws IOException {
    copyFixture(tenants);
    var before = tenantsChecksum(HelmChart.template().tenants(tenants).render());

    Files.writeString(
        tenants.resolve("sumedang/tenant.yaml"), "\ntimeZone: WIB\n", StandardOpenOption.APPEND);

    assertThat(tenantsChecksum(HelmChart.template().tenants(tenants).render()))
        .isNotEqualTo(before);
  }

  @Test
  void refusesAFileNameThatCannotBeAConfigMapKey(@TempDir Path tenants) throws IOException {
    Files.createDirectories(tenants.resolve("kota baru"));
    Files.writeString(tenants.resolve("kota baru/tenant.yaml"), "slug: kota-baru\n");

    assertThatThrownBy(() -> HelmChart.template().tenants(tenants).render())
        .hasMessageContaining("tenants/kota baru/tenant.yaml")
        .hasMessageContaining("ConfigMap key rules");
  }

  @Test
  void refusesATenantsFolderTooLargeForAConfigMap(@TempDir Path tenants) throws IOException {
    Files.createDirectories(tenants.resolve("pontianak"));
    Files.writeString(tenants.resolve("pontianak/work-units.csv"), "x".repeat(1_100_000));

    assertThatThrownBy(() -> HelmChart.template().tenants(tenants).render())
        .hasMessageContaining("more than a ConfigMap can carry");
  }

  private static Manifests renderFixture() {
    return HelmChart.template().tenants(HelmChart.FIXTURE_TENANTS).render();
  }

  /** ConfigMap key to path below the folder, for every file inside a tenant's folder. */
  static Map<String, String> tenantFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Map.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> folder.relativize(f).toString().replace('\\', '/'))
          .filter(relative -> relative.contains("/")) // top-level files are not tenants
          .collect(Collectors.toMap(r -> r.replace("/", "__"), r -> r, (a, b) -> a, TreeMap::new));
    }
  }

  private static Set<String> keys(ConfigMap configMap) {
    var keys = new HashSet<String>();
    if (configMap.getData() != null) {
      keys.addAll(configMap.getData().keySet());
    }
    if (configMap.getBinaryData() != null) {
      keys.addAll(configMap.getBinaryData().keySet());
    }
    return keys;
  }

  private static byte[] contentOf(ConfigMap configMap, String key) {
    if (configMap.getData() != null && configMap.getData().containsKey(key)) {
      return configMap.getData().get(key).getBytes(StandardCharsets.UTF_8);
    }
    return Base64.getDecoder().decode(configMap.getBinaryData().get(key));
  }

  private static Map<String, String> itemPaths(Deployment deployment) {
    Volume tenants =
        deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
            .filter(v -> v.getName().equals("tenants"))
            .findFirst()
            .orElseThrow();
    return tenants.getConfigMap().getItems().stream()
        .collect(
            Collectors.toMap(KeyToPath::getKey, KeyToPath::getPath, (a, b) -> a, TreeMap::new));
  }

  private static String tenantsChecksum(Manifests manifests) {
    return manifests
        .one("Deployment", Deployment.class)
        .getSpec()
        .getTemplate()
        .getMetadata()
        .getAnnotations()
        .get("checksum/tenants");
  }

  private static void copyFixture(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(HelmChart.FIXTURE_TENANTS)) {
      for (Path source : files.toList()) {
        Path copy = target.resolve(HelmChart.FIXTURE_TENANTS.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    }
  }
}
