package id.klik.review.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A review sheet as its reviewer (or the organiser) sees it. A blind sheet carries neither the team
 * nor the work unit: those fields are null (and absent from JSON).
 *
 * @param weightedScore the sheet's weighted score on 100 when every criterion is scored
 * @param sections the proposal's text, when the proposal can be read
 */
public record ReviewView(
    UUID id,
    UUID proposalId,
    UUID competitionId,
    String competitionName,
    String stage,
    String rubricRef,
    String reviewer,
    boolean blind,
    String status,
    String exclusion,
    String exclusionNote,
    String title,
    String teamName,
    String workUnitName,
    List<Score> scores,
    List<String> missing,
    Double weightedScore,
    List<ProposalSource.Section> sections,
    OffsetDateTime submittedAt,
    long version) {

  /** A criterion's score with the reviewer's feedback to the team. */
  public record Score(String criterionId, java.math.BigDecimal score, String feedback) {}
}
