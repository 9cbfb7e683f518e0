package id.klik.assistant.application;

import java.util.UUID;

/**
 * A suggestion as it came: the exchange it is kept as (the id a writer's save names to mark text as
 * coming from the AI), its text, and whether it came whole ({@code complete} false: the deadline
 * cut it; {@code cut}: longer than a reply may be).
 */
public record Suggestion(UUID exchangeId, String text, boolean complete, boolean cut) {}
