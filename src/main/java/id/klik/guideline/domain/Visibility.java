package id.klik.guideline.domain;

import id.klik.shared.domain.ValidationException;
import java.util.Set;

/**
 * Who may see and adopt a published template: every tenant, or only the tenants the publisher
 * chose. The publisher always sees its own templates.
 */
public record Visibility(boolean everyTenant, Set<String> tenants) {

  public Visibility {
    tenants = Set.copyOf(tenants);
    if (everyTenant && !tenants.isEmpty()) {
      throw new IllegalArgumentException("A template for all tenants lists no tenants");
    }
  }

  public static Visibility allTenants() {
    return new Visibility(true, Set.of());
  }

  /**
   * @throws ValidationException when no tenant is chosen: publishing to everyone by mistake could
   *     not be undone, so an empty choice never means everyone
   */
  public static Visibility onlyTo(Set<String> tenants) {
    if (tenants.isEmpty()) {
      throw ValidationException.of("tenants", "template.noTenantChosen");
    }
    return new Visibility(false, tenants);
  }

  public boolean allows(String tenant) {
    return everyTenant || tenants.contains(tenant);
  }
}
