package id.klik.organization.application;

/** What a successful CSV import did. */
public record ImportResult(int created, int updated) {}
