package id.klik.innovation.application;

/**
 * Fired (synchronously, inside the saving transaction) after an innovation was created or changed,
 * so that what follows it (the directory of shared innovations) changes in the same commit or not
 * at all.
 *
 * @param summary a short description for others: the start of its goals
 */
public record InnovationSaved(InnovationRef ref, String summary) {}
