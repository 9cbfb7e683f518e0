package id.klik.guideline.domain;

/**
 * A request that breaks a rule of the template lifecycle (publishing an older version, adopting a
 * template one cannot see, changing a published version, ...). The message says which rule.
 */
public class TemplateRuleException extends RuntimeException {

  public TemplateRuleException(String message) {
    super(message);
  }
}
