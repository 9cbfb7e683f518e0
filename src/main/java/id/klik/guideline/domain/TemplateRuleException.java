package id.klik.guideline.domain;

import id.klik.shared.domain.ConflictException;

/**
 * A request that breaks a rule of the template lifecycle (publishing an older version or under
 * another publisher's id, taking a version that is not newer, ...). It carries the message key of
 * the rule; the edge says it in the user's language.
 */
public class TemplateRuleException extends ConflictException {

  public TemplateRuleException(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
