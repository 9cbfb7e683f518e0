package id.klik.tenancy.application;

import id.klik.shared.domain.DisplayTime;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantRef;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Instants shown in the current tenant's zone; outside a tenant (the platform console) in WIB, the
 * zone of the national government the platform answers to.
 */
public final class TenantTime {

  private TenantTime() {}

  public static DisplayTime display() {
    return TenantContext.current().map(TenantRef::timeZone).orElse(RegionTimeZone.WIB).display();
  }

  public static String format(Instant at) {
    return display().format(at);
  }

  public static String format(OffsetDateTime at) {
    return display().format(at);
  }
}
