package id.klik.consultation.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** A slot offered once, on a date at a local time of the mentor's zone. */
public record OneOffSlot(LocalDate date, LocalTime start, int minutes) {}
