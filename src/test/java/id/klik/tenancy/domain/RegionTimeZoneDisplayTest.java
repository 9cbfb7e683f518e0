package id.klik.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegionTimeZoneDisplayTest {

  /** 2026-12-01 03:30 UTC: late morning everywhere in Indonesia, on the same day. */
  private static final Instant AT = Instant.parse("2026-12-01T03:30:00Z");

  @Test
  void westernIndonesiaIsSevenHoursAhead() {
    assertThat(RegionTimeZone.WIB.display().format(AT)).isEqualTo("2026-12-01 10:30 WIB");
  }

  @Test
  void centralIndonesiaIsEightHoursAhead() {
    assertThat(RegionTimeZone.WITA.display().format(AT)).isEqualTo("2026-12-01 11:30 WITA");
  }

  @Test
  void easternIndonesiaIsNineHoursAhead() {
    assertThat(RegionTimeZone.WIT.display().format(AT)).isEqualTo("2026-12-01 12:30 WIT");
  }

  @Test
  void theDayFollowsTheZoneNotUtc() {
    Instant lateUtcEvening = Instant.parse("2026-11-30T16:00:00Z");
    assertThat(RegionTimeZone.WIT.display().date(lateUtcEvening)).isEqualTo("2026-12-01");
    assertThat(RegionTimeZone.WIB.display().date(lateUtcEvening)).isEqualTo("2026-11-30");
  }

  @Test
  void anOffsetTimeStoredInAnotherOffsetShowsTheSameInstant() {
    OffsetDateTime stored = OffsetDateTime.of(2026, 12, 1, 3, 30, 0, 0, ZoneOffset.UTC);
    assertThat(RegionTimeZone.WITA.display().format(stored)).isEqualTo("2026-12-01 11:30 WITA");
  }

  @Test
  void nothingStoredShowsNothing() {
    assertThat(RegionTimeZone.WIB.display().format((Instant) null)).isEmpty();
  }
}
