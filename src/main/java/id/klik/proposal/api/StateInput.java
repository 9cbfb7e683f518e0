package id.klik.proposal.api;

/**
 * The state to move a proposal to: {@code submitted}, {@code in-review}, {@code revise}, {@code
 * final}.
 */
public record StateInput(String state) {}
