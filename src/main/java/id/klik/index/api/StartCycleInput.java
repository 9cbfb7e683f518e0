package id.klik.index.api;

import java.time.LocalDate;

/**
 * Starts a cycle: {@code {"model":"iid-index-2026@2026.1"}}, optionally {@code "carryFrom":2025}
 * and the application window ({@code "windowFrom"}, {@code "windowTo"}, YYYY-MM-DD).
 */
public record StartCycleInput(
    String model, Integer carryFrom, LocalDate windowFrom, LocalDate windowTo) {}
