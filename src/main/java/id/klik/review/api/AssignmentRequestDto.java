package id.klik.review.api;

import java.util.List;

/**
 * Reviewers (usernames) for every entry of a stage: {@code panel} (default) or {@code
 * presentation}.
 */
public record AssignmentRequestDto(String stage, List<String> reviewers) {}
