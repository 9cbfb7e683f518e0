package id.klik.review.api;

import java.util.UUID;

/** A reviewer for one proposal outside a competition; the rubric defaults to the city rubric. */
public record ReviewAssignmentDto(UUID proposalId, String reviewer, Boolean blind, String rubric) {}
