package id.klik.consultation.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A slot that recurs every week on a day at a local time of the mentor's zone. */
public record WeeklySlot(DayOfWeek day, LocalTime start, int minutes) {}
