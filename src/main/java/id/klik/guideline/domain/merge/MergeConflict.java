package id.klik.guideline.domain.merge;

import java.util.List;
import java.util.Locale;

/**
 * An upstream change that touches what the tenant changed too. It is merged only with an explicit
 * {@link Resolution}, identified by the upstream change's id.
 *
 * @param local the tenant's changes it collides with
 */
public record MergeConflict(
    ConflictKind kind, TemplateChange upstream, List<TemplateChange> local) {

  public MergeConflict {
    local = List.copyOf(local);
  }

  public String changeId() {
    return upstream.id();
  }

  /** E.g. "Upstream: weight changed from 25 to 30. Here: weight changed from 25 to 20." */
  public String description(Locale locale) {
    boolean indonesian =
        locale != null && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
    StringBuilder text = new StringBuilder(indonesian ? "Versi baru: " : "Upstream: ");
    text.append(upstream.description(locale));
    text.append(indonesian ? " Di sini: " : " Here: ");
    local.forEach(change -> text.append(change.description(locale)).append(' '));
    return text.toString().trim();
  }
}
