package id.klik.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.proposal.domain.ProposalTransitions.Side;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProposalTransitionsTest {

  private static final Set<Side> TEAM = EnumSet.of(Side.TEAM);
  private static final Set<Side> CLINIC = EnumSet.of(Side.CLINIC);

  @Test
  void theTeamSubmitsADraftAndARevision() {
    assertThat(ProposalTransitions.allowed(ProposalState.DRAFT, ProposalState.SUBMITTED, TEAM))
        .isTrue();
    assertThat(ProposalTransitions.allowed(ProposalState.REVISE, ProposalState.SUBMITTED, TEAM))
        .isTrue();
  }

  @Test
  void theClinicDoesNotSubmitForTheTeam() {
    assertThat(ProposalTransitions.allowed(ProposalState.DRAFT, ProposalState.SUBMITTED, CLINIC))
        .isFalse();
  }

  @Test
  void theClinicOrAMentorReviewsAsksForRevisionAndFinalises() {
    assertThat(ProposalTransitions.next(ProposalState.SUBMITTED, CLINIC))
        .containsExactlyInAnyOrder(ProposalState.IN_REVIEW, ProposalState.REVISE);
    assertThat(ProposalTransitions.next(ProposalState.IN_REVIEW, CLINIC))
        .containsExactlyInAnyOrder(ProposalState.REVISE, ProposalState.FINAL);
  }

  @Test
  void theTeamCannotReviewItsOwnProposal() {
    assertThat(ProposalTransitions.next(ProposalState.SUBMITTED, TEAM)).isEmpty();
    assertThat(ProposalTransitions.allowed(ProposalState.IN_REVIEW, ProposalState.FINAL, TEAM))
        .isFalse();
  }

  @Test
  void aFinalProposalStaysFinal() {
    assertThat(ProposalTransitions.next(ProposalState.FINAL, EnumSet.allOf(Side.class))).isEmpty();
  }

  @Test
  void aDraftCannotJumpToFinal() {
    assertThat(ProposalTransitions.exists(ProposalState.DRAFT, ProposalState.FINAL)).isFalse();
  }

  @Test
  void onlyDraftAndReviseAreWritable() {
    assertThat(EnumSet.allOf(ProposalState.class).stream().filter(ProposalState::writable))
        .containsExactlyInAnyOrder(ProposalState.DRAFT, ProposalState.REVISE);
  }
}
