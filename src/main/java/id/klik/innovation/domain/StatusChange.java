package id.klik.innovation.domain;

/**
 * A change of an innovation's stage or status.
 *
 * @param field {@code stage} or {@code status}
 * @param from the earlier value, null when the innovation was new
 */
public record StatusChange(String field, String from, String to) {}
