package id.klik.guideline.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collection;

/**
 * A template version being written: it can still change. Publishing turns it into a {@link
 * PublishedTemplate}, which never changes again; the next change is a new draft with a higher
 * version.
 */
public record TemplateDraft(Template template) {

  /** The draft with edited content; the edit must still be a valid template. */
  public TemplateDraft edit(JsonNode editedTree, TemplateReader reader) {
    String label = template.ref() + " (draft)";
    return new TemplateDraft(reader.check(label, editedTree).orThrow());
  }

  /**
   * Publishes this draft.
   *
   * @param publishingTenant the tenant publishing it; null for KLIK's built-in templates. Must be
   *     the publisher the template names.
   * @param published the versions of the same template already published
   * @throws TemplateRuleException when the version is not newer than every published one, or the
   *     template names another publisher
   */
  public PublishedTemplate publish(
      String publishingTenant,
      Visibility visibility,
      Instant at,
      Collection<TemplateVersion> published) {
    String named = template.header().publisher().tenant();
    if (named == null ? publishingTenant != null : !named.equals(publishingTenant)) {
      throw new TemplateRuleException(
          "Template "
              + template.ref()
              + " names publisher '"
              + named
              + "', not '"
              + publishingTenant
              + "'");
    }
    TemplateVersion version = template.header().version();
    for (TemplateVersion existing : published) {
      if (!version.isNewerThan(existing)) {
        throw new TemplateRuleException(
            "Version "
                + version
                + " of "
                + template.header().id()
                + " must be newer than the published "
                + existing
                + "; a published version never changes");
      }
    }
    return new PublishedTemplate(template, publishingTenant, visibility, at);
  }
}
