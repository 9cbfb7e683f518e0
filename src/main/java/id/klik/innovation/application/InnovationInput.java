package id.klik.innovation.application;

import id.klik.innovation.domain.InnovationProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An innovation's profile as the API, the form and the import send it (ISO dates, codes of the
 * national profile). A missing {@code status} is {@code aktif}; a missing {@code shared} is false.
 */
public record InnovationInput(
    String name,
    UUID workUnitId,
    UUID teamId,
    String stage,
    String kind,
    String form,
    String initiator,
    String primaryAffair,
    List<String> otherAffairs,
    LocalDate trialDate,
    LocalDate applicationDate,
    BigDecimal budgetAmount,
    String goals,
    String benefits,
    String results,
    String designNarrative,
    String keyChanges,
    String beneficiaries,
    String videoUrl,
    String status,
    Boolean shared) {

  public InnovationProfile profile() {
    return new InnovationProfile(
        name,
        workUnitId,
        teamId,
        stage,
        kind,
        form,
        initiator,
        primaryAffair,
        otherAffairs,
        trialDate,
        applicationDate,
        budgetAmount,
        goals,
        benefits,
        results,
        designNarrative,
        keyChanges,
        beneficiaries,
        videoUrl,
        status,
        Boolean.TRUE.equals(shared));
  }

  /** The input that would leave this profile as it is: the form starts from it. */
  public static InnovationInput of(InnovationProfile p) {
    return new InnovationInput(
        p.name(),
        p.workUnitId(),
        p.teamId(),
        p.stage(),
        p.kind(),
        p.form(),
        p.initiator(),
        p.primaryAffair(),
        p.otherAffairs(),
        p.trialDate(),
        p.applicationDate(),
        p.budgetAmount(),
        p.goals(),
        p.benefits(),
        p.results(),
        p.designNarrative(),
        p.keyChanges(),
        p.beneficiaries(),
        p.videoUrl(),
        p.status(),
        p.shared());
  }
}
