package id.klik.innovation.application;

/**
 * What an import did: innovations created, and rows skipped because their name exists (seeding).
 */
public record ImportReport(int created, int skipped) {}
