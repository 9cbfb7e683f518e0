package id.klik.guideline.api;

/** Which published version to adopt. */
public record AdoptRequestDto(String templateId, String version) {}
