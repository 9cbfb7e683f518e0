package id.klik.guideline.domain;

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

  public static Visibility onlyTo(Set<String> tenants) {
    if (tenants.isEmpty()) {
      throw new IllegalArgumentException("Choose at least one tenant, or publish to all tenants");
    }
    return new Visibility(false, tenants);
  }

  public boolean allows(String tenant) {
    return everyTenant || tenants.contains(tenant);
  }
}
