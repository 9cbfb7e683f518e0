package id.klik.calendar.domain;

import java.time.LocalDate;

/**
 * The days a personal feed serves: three months back (recent sessions stay visible) and twelve
 * ahead (a program's year). Bounded, so a feed stays small whatever a person's history.
 */
public record FeedRange(LocalDate from, LocalDate to) {

  public static final int MONTHS_BACK = 3;
  public static final int MONTHS_AHEAD = 12;

  public static FeedRange around(LocalDate today) {
    return new FeedRange(today.minusMonths(MONTHS_BACK), today.plusMonths(MONTHS_AHEAD));
  }
}
