package id.klik.guideline.domain;

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
   * @throws TemplateRuleException when the tenant may not see this template
   */
  public TenantTemplate adoptBy(String tenant, Instant at) {
    if (!isVisibleTo(tenant)) {
      throw new TemplateRuleException(
          "Template " + ref() + " is not published to tenant '" + tenant + "'");
    }
    return TenantTemplate.adopted(tenant, this, at);
  }
}
