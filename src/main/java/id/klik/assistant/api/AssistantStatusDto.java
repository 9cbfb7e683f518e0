package id.klik.assistant.api;

import id.klik.assistant.application.AssistantStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the writing assistant's AI suggestions are available in this tenant. */
@Schema(name = "AssistantStatus")
public record AssistantStatusDto(
    @Schema(description = "The deployment set an endpoint (KLIK_AI_URL, KLIK_AI_MODEL)")
        boolean configured,
    @Schema(description = "The tenant's admin switched the suggestions on") boolean enabled,
    @Schema(description = "configured and enabled") boolean available,
    @Schema(description = "The deployment's model name, null when unset") String model) {

  static AssistantStatusDto of(AssistantStatus s) {
    return new AssistantStatusDto(s.configured(), s.enabled(), s.available(), s.model());
  }
}
