package id.klik.innovation.application;

import id.klik.innovation.domain.InnovationProfile;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An innovation as pages and the API show it: its profile, the names of its work unit and team, the
 * narrative's word count, who changed it last and its version (for If-Match).
 */
public record InnovationView(
    UUID id,
    InnovationProfile profile,
    String workUnitName,
    String teamName,
    int narrativeWords,
    boolean editable,
    long version,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy) {}
