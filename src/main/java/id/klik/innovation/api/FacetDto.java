package id.klik.innovation.api;

/**
 * How many innovations of the current search have this value of a filter (the other filters
 * applied, not this one's own). {@code label}: the work unit's, team's or affair's name in the
 * caller's language; for codes and years the value itself.
 */
public record FacetDto(String value, String label, long count) {}
