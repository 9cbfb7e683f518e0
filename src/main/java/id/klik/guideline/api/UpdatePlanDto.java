package id.klik.guideline.api;

import id.klik.guideline.domain.TemplateUpdate;
import id.klik.guideline.domain.merge.TemplateChange;
import java.util.List;
import java.util.Locale;

/**
 * What a newer upstream version would change in an adopted template: the publisher's changes, the
 * tenant's own changes since adopting, and the conflicts that need a decision.
 */
public record UpdatePlanDto(
    String from,
    String to,
    List<Change> upstreamChanges,
    List<Change> localChanges,
    List<Conflict> conflicts) {

  /** One change, described in the caller's language. */
  public record Change(String id, String type, String path, String description) {
    static Change of(TemplateChange c, Locale locale) {
      return new Change(c.id(), c.type().name(), c.path().toString(), c.description(locale));
    }
  }

  /** A change both sides made to the same thing. */
  public record Conflict(String changeId, String kind, String description) {}

  static UpdatePlanDto of(TemplateUpdate update, Locale locale) {
    return new UpdatePlanDto(
        update.tenantTemplate().basis().ref().toString(),
        update.upstream().ref().toString(),
        update.plan().upstreamChanges().stream().map(c -> Change.of(c, locale)).toList(),
        update.plan().localChanges().stream().map(c -> Change.of(c, locale)).toList(),
        update.plan().conflicts().stream()
            .map(c -> new Conflict(c.changeId(), c.kind().name(), c.description(locale)))
            .toList());
  }
}
