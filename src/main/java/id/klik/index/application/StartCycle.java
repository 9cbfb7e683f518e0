package id.klik.index.application;

import java.time.LocalDate;

/**
 * How a cycle starts: the index model ({@code iid-index-2026@2026.1}, an index model the tenant
 * adopted), optionally the year whose levels and evidence it carries over, optionally the
 * application window (by default 1 Jan two years before the model's year to 31 Dec of the year
 * before).
 */
public record StartCycle(
    String model, Integer carryFrom, LocalDate windowFrom, LocalDate windowTo) {

  public static StartCycle of(String model) {
    return new StartCycle(model, null, null, null);
  }
}
