package id.klik.proposal.api;

import java.util.UUID;

/** An item of the innovation's evidence vault given as one of the form's attachments. */
public record EvidenceLinkInput(UUID evidenceId) {}
