package id.klik.guideline.api;

import java.time.Instant;

/**
 * A template this tenant adopted.
 *
 * @param provenance e.g. "based on KLIK Pontianak 2024.1", in the caller's language
 */
public record AdoptedTemplateDto(
    String templateId,
    String kind,
    String basedOn,
    String provenance,
    int revision,
    Instant adoptedAt) {}
