package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validators must catch what fabric8 and the API server would silently drop. */
class StrictModelsTest {

  @Test
  void rejectsAMisspeltFieldDeepInsideABuiltInObject() {
    Map<String, Object> deployment =
        Map.of(
            "apiVersion",
            "apps/v1",
            "kind",
            "Deployment",
            "metadata",
            Map.of("name", "klik"),
            "spec",
            Map.of(
                "template",
                Map.of(
                    "spec",
                    Map.of(
                        "containers",
                        List.of(
                            Map.of(
                                "name",
                                "app",
                                "readinessprobe",
                                Map.of("httpGet", Map.of("path", "/x"))))))));

    assertThatThrownBy(() -> StrictModels.bind(deployment, Deployment.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Deployment.spec.template.spec.containers[0].readinessprobe");
  }

  @Test
  void rejectsAMisspeltFieldInACustomResource() {
    Map<String, Object> cluster =
        Map.of(
            "apiVersion",
            "postgresql.cnpg.io/v1",
            "kind",
            "Cluster",
            "metadata",
            Map.of("name", "klik-db"),
            "spec",
            Map.of("instances", 1, "storage", Map.of("size", "1Gi"), "instance", 3));

    assertThat(CrdShapes.violations(cluster)).singleElement().asString().contains("instance");
  }
}
