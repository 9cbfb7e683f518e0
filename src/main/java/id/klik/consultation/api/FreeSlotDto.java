package id.klik.consultation.api;

import java.time.Instant;

/** A mentor's free slot. */
public record FreeSlotDto(Instant start, Instant end, int minutes) {}
