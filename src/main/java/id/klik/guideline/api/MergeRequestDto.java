package id.klik.guideline.api;

import java.util.Map;
import java.util.Set;

/**
 * Which upstream changes to take, by change id, and for each chosen conflicting change either
 * {@code KEEP_LOCAL} or {@code TAKE_UPSTREAM}.
 */
public record MergeRequestDto(Set<String> chosen, Map<String, String> resolutions) {}
