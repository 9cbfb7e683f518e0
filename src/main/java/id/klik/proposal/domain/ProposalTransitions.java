package id.klik.proposal.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may move a proposal where. The team hands its proposal in (a draft, or a revision asked for);
 * the clinic and the team's mentors take it into review, send it back for revision or make it
 * final. A final proposal stays final: the competition and the index read it as it is.
 */
public final class ProposalTransitions {

  /** The side a person acts on for this proposal; one person may be on both. */
  public enum Side {
    /** A member of the innovation's team. */
    TEAM,
    /** The clinic (admins, staff) or a mentor of the team. */
    CLINIC
  }

  private record Move(ProposalState from, ProposalState to, Side by) {}

  private static final List<Move> MOVES =
      List.of(
          new Move(ProposalState.DRAFT, ProposalState.SUBMITTED, Side.TEAM),
          new Move(ProposalState.REVISE, ProposalState.SUBMITTED, Side.TEAM),
          new Move(ProposalState.SUBMITTED, ProposalState.IN_REVIEW, Side.CLINIC),
          new Move(ProposalState.SUBMITTED, ProposalState.REVISE, Side.CLINIC),
          new Move(ProposalState.IN_REVIEW, ProposalState.REVISE, Side.CLINIC),
          new Move(ProposalState.IN_REVIEW, ProposalState.FINAL, Side.CLINIC));

  private ProposalTransitions() {}

  /** Whether a person on these sides may move a proposal from one state to the other. */
  public static boolean allowed(ProposalState from, ProposalState to, Set<Side> sides) {
    return MOVES.stream().anyMatch(m -> m.from == from && m.to == to && sides.contains(m.by));
  }

  /** Whether the move exists at all, whoever asks. */
  public static boolean exists(ProposalState from, ProposalState to) {
    return MOVES.stream().anyMatch(m -> m.from == from && m.to == to);
  }

  /** The states a person on these sides may move the proposal to from where it stands. */
  public static Set<ProposalState> next(ProposalState from, Set<Side> sides) {
    Set<ProposalState> out = EnumSet.noneOf(ProposalState.class);
    MOVES.stream().filter(m -> m.from == from && sides.contains(m.by)).forEach(m -> out.add(m.to));
    return out;
  }
}
