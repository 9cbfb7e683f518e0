package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The chart hands the app the writing assistant's AI endpoint; its key only from a Secret. */
class AssistantSettingsTest {

  @Test
  void leavesTheAiOffByDefault() {
    Map<String, EnvVar> env = env(HelmChart.template().render());

    assertThat(env.get("KLIK_AI_URL").getValue()).isEmpty();
    assertThat(env.get("KLIK_AI_TIMEOUT_SECONDS").getValue()).isEqualTo("60");
    assertThat(env).doesNotContainKey("KLIK_AI_API_KEY");
  }

  @Test
  void passesASelfHostedEndpointWithItsKeyFromASecret() {
    Map<String, EnvVar> env =
        env(
            HelmChart.template()
                .set("assistant.url", "http://vllm.ai.svc:8000/v1")
                .set("assistant.model", "qwen2.5-7b-instruct")
                .set("assistant.apiKey.existingSecret", "klik-ai")
                .render());

    assertThat(env.get("KLIK_AI_URL").getValue()).isEqualTo("http://vllm.ai.svc:8000/v1");
    assertThat(env.get("KLIK_AI_MODEL").getValue()).isEqualTo("qwen2.5-7b-instruct");
    var ref = env.get("KLIK_AI_API_KEY").getValueFrom().getSecretKeyRef();
    assertThat(List.of(ref.getName(), ref.getKey())).containsExactly("klik-ai", "api-key");
  }

  @Test
  void rejectsAnEndpointThatIsNoHttpUrl() {
    assertThatThrownBy(() -> HelmChart.template().set("assistant.url", "vllm.ai.svc:8000").render())
        .hasMessageContaining("at '/assistant/url'");
  }

  private static Map<String, EnvVar> env(Manifests manifests) {
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
}
