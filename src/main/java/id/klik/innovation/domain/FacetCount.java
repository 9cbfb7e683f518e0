package id.klik.innovation.domain;

/** How many innovations of the current search have this value of a filter. */
public record FacetCount(String value, long count) {}
