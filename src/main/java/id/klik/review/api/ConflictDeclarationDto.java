package id.klik.review.api;

/** A reviewer's declaration of a conflict of interest, with a note for the organisers. */
public record ConflictDeclarationDto(String note) {}
