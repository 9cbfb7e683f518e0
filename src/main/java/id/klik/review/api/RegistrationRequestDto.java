package id.klik.review.api;

import java.util.UUID;

/** A registration: the team's proposal, and a category when the organiser places it by hand. */
public record RegistrationRequestDto(UUID proposalId, String category) {}
