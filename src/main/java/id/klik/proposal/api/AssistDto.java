package id.klik.proposal.api;

import java.util.UUID;

/**
 * A suggestion in one answer: the exchange it is kept as, its text, and whether it came whole (the
 * deadline may cut it).
 */
public record AssistDto(UUID exchangeId, String text, boolean complete) {}
