package id.klik.assistant.domain;

import id.klik.shared.domain.KlikException;

/**
 * The AI endpoint did not answer in time, refused or could not be reached: 503 with a notice that
 * writing goes on without it. Never the writer's mistake, never a 500.
 */
public class AssistantUnavailableException extends KlikException {

  private final Outcome outcome;

  public AssistantUnavailableException(Outcome outcome, String messageKey, Object... args) {
    super(messageKey, args);
    this.outcome = outcome;
  }

  public Outcome outcome() {
    return outcome;
  }

  @Override
  public int status() {
    return 503;
  }
}
