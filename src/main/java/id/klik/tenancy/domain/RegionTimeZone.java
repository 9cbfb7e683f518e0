package id.klik.tenancy.domain;

import id.klik.shared.domain.DisplayTime;
import java.time.ZoneId;

/** Indonesia's three time zones, as a region's admin names them. */
public enum RegionTimeZone {
  WIB("Asia/Jakarta"),
  WITA("Asia/Makassar"),
  WIT("Asia/Jayapura");

  private final ZoneId zone;

  RegionTimeZone(String zone) {
    this.zone = ZoneId.of(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** How instants are shown to this region's people: in its zone, named by its abbreviation. */
  public DisplayTime display() {
    return new DisplayTime(zone, name());
  }
}
