package id.klik.assistant.application;

/**
 * Whether AI suggestions are available here: {@code configured} by the deployment, {@code enabled}
 * by the tenant's admin; {@code available} when both. {@code model} is the deployment's model name
 * (null when unset).
 */
public record AssistantStatus(boolean configured, boolean enabled, String model) {

  public boolean available() {
    return configured && enabled;
  }
}
