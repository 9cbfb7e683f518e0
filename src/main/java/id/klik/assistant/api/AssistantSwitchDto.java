package id.klik.assistant.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admin's switch: {@code {"enabled": true}}. */
@Schema(name = "AssistantSwitch")
public record AssistantSwitchDto(@Schema(required = true) Boolean enabled) {}
