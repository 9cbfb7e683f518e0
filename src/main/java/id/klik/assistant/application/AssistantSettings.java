package id.klik.assistant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's AI endpoint: {@code KLIK_AI_URL}, {@code KLIK_AI_MODEL}, {@code KLIK_AI_API_KEY}
 * (a secret), {@code KLIK_AI_TIMEOUT_SECONDS}. Unset URL or model: no AI, the assistant offers its
 * deterministic checks only.
 */
@ApplicationScoped
public class AssistantSettings {

  @Inject
  @ConfigProperty(name = "klik.ai.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "klik.ai.model")
  Optional<String> model;

  @Inject
  @ConfigProperty(name = "klik.ai.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "klik.ai.timeout-seconds", defaultValue = "60")
  int timeoutSeconds;

  public boolean configured() {
    return url().isPresent() && model().isPresent();
  }

  public Optional<String> url() {
    return url.map(String::strip).filter(u -> u.startsWith("http://") || u.startsWith("https://"));
  }

  public Optional<String> model() {
    return model.map(String::strip).filter(m -> !m.isEmpty());
  }

  public Optional<String> apiKey() {
    return apiKey.filter(k -> !k.isBlank());
  }

  /** 5 s to 10 min. */
  public Duration timeout() {
    return Duration.ofSeconds(Math.max(5, Math.min(timeoutSeconds, 600)));
  }
}
