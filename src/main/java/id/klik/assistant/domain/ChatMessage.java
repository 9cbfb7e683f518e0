package id.klik.assistant.domain;

/** One message of a chat completions request: {@code system}, {@code user} or {@code assistant}. */
public record ChatMessage(String role, String content) {}
