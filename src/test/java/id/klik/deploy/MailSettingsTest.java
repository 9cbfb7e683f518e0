package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The chart hands the app its SMTP settings; the password only by reference to a Secret. */
class MailSettingsTest {

  @Test
  void leavesMailOffByDefault() {
    Map<String, EnvVar> env = env(HelmChart.template().render());

    assertThat(env.get("KLIK_SMTP_HOST").getValue()).isEmpty();
    assertThat(env).doesNotContainKey("KLIK_SMTP_PASSWORD");
    assertThat(env.get("KLIK_OUTBOX_INTERVAL_SECONDS").getValue()).isEqualTo("5");
  }

  @Test
  void productionExampleSendsThroughItsRelayWithThePasswordFromASecret() {
    Map<String, EnvVar> env =
        env(HelmChart.template().values(HelmChart.PRODUCTION_VALUES).render());

    assertThat(env.get("KLIK_SMTP_HOST").getValue()).isEqualTo("smtp.example.go.id");
    assertThat(env.get("KLIK_SMTP_PORT").getValue()).isEqualTo("587");
    assertThat(env.get("KLIK_SMTP_STARTTLS").getValue()).isEqualTo("true");
    var ref = env.get("KLIK_SMTP_PASSWORD").getValueFrom().getSecretKeyRef();
    assertThat(List.of(ref.getName(), ref.getKey())).containsExactly("klik-smtp", "password");
  }

  @Test
  void rejectsAPortOutOfRange() {
    assertThatThrownBy(() -> HelmChart.template().set("mail.smtp.port", 70000).render())
        .hasMessageContaining("at '/mail/smtp/port'");
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
