package id.klik.guideline.domain;

import id.klik.shared.domain.NotFoundException;
import java.time.Instant;
import java.util.Objects;

/**
 * A template version in the catalog. Immutable: tenants adopt exactly this content, and a newer
 * version is a new PublishedTemplate.
 *
 * @param publisherTenant the publishing tenant; null for KLIK's built-in templates
 */
public record PublishedTemplate(
    Template template, String publisherTenant, Visibility visibility, Instant publishedAt) {

  public PublishedTemplate {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }

  public TemplateRef ref() {
    return template.ref();
  }

  public boolean isVisibleTo(String tenant) {
    return tenant.equals(publisherTenant) || visibility.allows(tenant);
  }

  /**
   * A tenant's own copy of this version, with its provenance.
   *
   * @throws NotFoundException when the tenant may not see this template: to it, it does not exist
   */
  public TenantTemplate adoptBy(String tenant, Instant at) {
    if (!isVisibleTo(tenant)) {
      throw new NotFoundException("template", ref());
    }
    return TenantTemplate.adopted(tenant, this, at);
  }
}
