package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.util.Optional;

/**
 * Who published a template: a tenant (e.g. {@code pontianak}) or, when {@code tenant} is absent,
 * KLIK itself for the built-in templates.
 */
public record Publisher(String tenant, LocalizedText name) {

  public Optional<String> tenantSlug() {
    return Optional.ofNullable(tenant);
  }
}
