package id.klik.index.api;

import java.time.LocalDate;

/** The cycle's application window, either end open when null. */
public record WindowInput(LocalDate windowFrom, LocalDate windowTo) {}
