package id.klik.review.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The finalists chosen, and per category (or {@code *}) whether a shared rank at the cut added a
 * place.
 */
public record FinalistsView(List<UUID> registrationIds, Map<String, Boolean> tieAtCut) {}
