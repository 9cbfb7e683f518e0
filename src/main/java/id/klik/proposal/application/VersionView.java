package id.klik.proposal.application;

import java.time.OffsetDateTime;
import java.util.List;

/** One saved version: who, when, which sections, whether AI text came in. */
public record VersionView(
    int number,
    OffsetDateTime savedAt,
    String savedBy,
    List<String> changedSections,
    boolean aiAssisted) {}
