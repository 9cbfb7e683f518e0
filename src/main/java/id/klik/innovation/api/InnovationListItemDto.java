package id.klik.innovation.api;

import id.klik.innovation.application.InnovationSearch;
import id.klik.innovation.domain.InnovationSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One innovation in the list: its profile's codes and dates, the names of its work unit and team,
 * the start of its goals as a summary, and its rank for the search words (0 without words).
 */
public record InnovationListItemDto(
    UUID id,
    String name,
    UUID workUnitId,
    String workUnitName,
    UUID teamId,
    String teamName,
    String stage,
    String kind,
    String form,
    String initiator,
    String primaryAffair,
    LocalDate trialDate,
    LocalDate applicationDate,
    BigDecimal budgetAmount,
    String status,
    boolean shared,
    int narrativeWords,
    String summary,
    double rank) {

  static InnovationListItemDto of(InnovationSearch.Hit hit) {
    InnovationSummary i = hit.innovation();
    return new InnovationListItemDto(
        i.id(),
        i.name(),
        i.workUnitId(),
        hit.workUnitName(),
        i.teamId(),
        hit.teamName(),
        i.stage(),
        i.kind(),
        i.form(),
        i.initiator(),
        i.primaryAffair(),
        i.trialDate(),
        i.applicationDate(),
        i.budgetAmount(),
        i.status(),
        i.shared(),
        i.narrativeWords(),
        i.summary(),
        i.rank());
  }
}
