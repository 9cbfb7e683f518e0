/**
 * Proposals and their rules in plain Java: the states and who moves them, the word-level diff, the
 * comment anchors that follow unchanged text, the readability of Indonesian text and the checks
 * against the form.
 */
package id.klik.proposal.domain;
