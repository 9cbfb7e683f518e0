package id.klik.proposal.api;

import java.util.UUID;

/** A new proposal: for which innovation, in which form ({@code templateId@version}). */
public record ProposalInput(UUID innovationId, String form) {}
