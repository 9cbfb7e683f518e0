package id.klik.proposal.api;

import id.klik.shared.domain.LocalizedText;

/** A form the clinic offers for proposals: {@code form} is what POST takes. */
public record FormDto(String form, LocalizedText title, int sections, int attachments) {}
