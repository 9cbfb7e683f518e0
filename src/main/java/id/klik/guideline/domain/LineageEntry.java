package id.klik.guideline.domain;

import java.time.Instant;

/**
 * One adoption: which tenant took which version from whom. Visible to both the adopter and the
 * publisher.
 *
 * @param publisherTenant null for KLIK's built-in templates
 */
public record LineageEntry(
    String adopterTenant, TemplateRef adopted, String publisherTenant, Instant at) {

  public boolean concerns(String tenant) {
    return tenant.equals(adopterTenant) || tenant.equals(publisherTenant);
  }
}
