package id.klik.proposal.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The text a writer asks the assistant about; absent: the section's saved text. */
@Schema(name = "AssistInput")
public record AssistInput(String text) {}
