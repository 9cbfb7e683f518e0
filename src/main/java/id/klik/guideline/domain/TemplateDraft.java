package id.klik.guideline.domain;

import com.fasterxml.jackson.databind.JsonNode;
import id.klik.shared.domain.ValidationException;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

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
   * Publishes this draft. The rules of who may publish what live here and nowhere else: a tenant
   * publishes only under its own name, under an id that is its own (the first publisher of an id
   * owns it: another tenant publishing under it would slip its content into every adopter's update
   * path), and only a version newer than every published one (a published version never changes).
   *
   * @param publishingTenant the tenant publishing it; null for KLIK's built-in templates
   * @param published the versions of the same template id already published
   * @throws ValidationException when the template names another publisher
   * @throws TemplateRuleException when the id belongs to another publisher or the version is not
   *     newer than every published one
   */
  public PublishedTemplate publish(
      String publishingTenant,
      Visibility visibility,
      Instant at,
      Collection<PublishedTemplate> published) {
    TemplateHeader header = template.header();
    String named = header.publisher().tenant();
    if (!Objects.equals(named, publishingTenant)) {
      throw ValidationException.of(
          "publisher.tenant",
          "template.publisherMismatch",
          nameOf(named),
          nameOf(publishingTenant));
    }
    for (PublishedTemplate existing : published) {
      if (!Objects.equals(existing.publisherTenant(), publishingTenant)) {
        throw new TemplateRuleException("template.idTaken", header.id());
      }
      TemplateVersion version = existing.template().header().version();
      if (version.equals(header.version())) {
        throw new TemplateRuleException("template.alreadyPublished", header.ref());
      }
      if (!header.version().isNewerThan(version)) {
        throw new TemplateRuleException("template.notNewer", header.version(), version);
      }
    }
    return new PublishedTemplate(template, publishingTenant, visibility, at);
  }

  private static String nameOf(String tenant) {
    return tenant == null ? "klik" : tenant;
  }
}
