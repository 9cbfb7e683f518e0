package id.klik.index.application;

import id.klik.shared.domain.LocalizedText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A yearly cycle as pages and the API show it.
 *
 * @param model the index model, {@code iid-index-2026@2026.1}
 * @param carriedFrom the year it was carried over from, or null
 * @param innovations how many innovations are entered (counted or not)
 * @param toConfirm how many carried levels still wait for their re-confirmation
 */
public record CycleView(
    UUID id,
    int year,
    String model,
    LocalizedText modelTitle,
    boolean modelNeedsVerification,
    LocalDate windowFrom,
    LocalDate windowTo,
    String startedBy,
    OffsetDateTime startedAt,
    Integer carriedFrom,
    long version,
    int innovations,
    int toConfirm) {}
