package id.klik.consultation.api;

/**
 * The chosen slot's start: an ISO instant or offset date-time, e.g. {@code 2026-12-07T09:00+07:00}.
 */
public record SlotInput(String slot) {}
