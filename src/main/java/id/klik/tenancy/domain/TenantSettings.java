package id.klik.tenancy.domain;

import java.util.List;

/**
 * Settings a platform admin changes on a tenant created through the API or console. A field left
 * out ({@code null}) stays as it is; an empty {@code primaryColor} removes the colour (KLIK's green
 * is then used).
 *
 * @param modules the modules switched on ({@code work-units}, {@code templates}, ...); empty for
 *     all
 */
public record TenantSettings(
    String name, String timeZone, String locale, List<String> modules, String primaryColor) {

  public TenantSettings {
    modules = modules == null ? null : List.copyOf(modules);
  }
}
