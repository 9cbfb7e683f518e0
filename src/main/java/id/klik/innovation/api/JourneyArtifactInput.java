package id.klik.innovation.api;

/**
 * An artifact's text and done mark; a field left out (null) stays as it is.
 *
 * @param done true marks it done (it needs a text or a file), false opens it again
 */
public record JourneyArtifactInput(String text, Boolean done) {}
