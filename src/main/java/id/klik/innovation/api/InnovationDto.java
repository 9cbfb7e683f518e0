package id.klik.innovation.api;

import id.klik.innovation.application.InnovationView;
import id.klik.innovation.domain.InnovationProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An innovation as the API shows it: the profile's fields (the same names as the body of POST and
 * PUT), the names of its work unit and team, the design narrative's word count, whether the caller
 * may change it, and its version (also the ETag).
 */
public record InnovationDto(
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
    List<String> otherAffairs,
    LocalDate trialDate,
    LocalDate applicationDate,
    BigDecimal budgetAmount,
    String goals,
    String benefits,
    String results,
    String designNarrative,
    int narrativeWords,
    String keyChanges,
    String beneficiaries,
    String videoUrl,
    String status,
    boolean shared,
    boolean editable,
    long version,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy) {

  static InnovationDto of(InnovationView v) {
    InnovationProfile p = v.profile();
    return new InnovationDto(
        v.id(),
        p.name(),
        p.workUnitId(),
        v.workUnitName(),
        p.teamId(),
        v.teamName(),
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
        v.narrativeWords(),
        p.keyChanges(),
        p.beneficiaries(),
        p.videoUrl(),
        p.status(),
        p.shared(),
        v.editable(),
        v.version(),
        v.createdAt(),
        v.createdBy(),
        v.updatedAt(),
        v.updatedBy());
  }
}
