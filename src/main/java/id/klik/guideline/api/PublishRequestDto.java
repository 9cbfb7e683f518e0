package id.klik.guideline.api;

import java.util.Set;

/**
 * Whom to publish a draft to.
 *
 * @param tenants the slugs of the tenants that may see and adopt it; absent for every tenant (an
 *     empty list is refused)
 */
public record PublishRequestDto(Set<String> tenants) {}
