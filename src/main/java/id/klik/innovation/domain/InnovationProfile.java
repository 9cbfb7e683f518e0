package id.klik.innovation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a person writes about an innovation: the fields of the national innovation profile, with the
 * clinic's own status and whether it is shared with other regions. Codes as in {@link ProfileCodes}
 * and {@link GovernmentAffairs}; {@link InnovationRules} says what must hold.
 */
public record InnovationProfile(
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
    boolean shared) {

  public InnovationProfile {
    name = trimmed(name);
    stage = trimmed(stage);
    kind = trimmed(kind);
    form = trimmed(form);
    initiator = trimmed(initiator);
    primaryAffair = trimmed(primaryAffair);
    otherAffairs =
        otherAffairs == null
            ? List.of()
            : otherAffairs.stream().map(InnovationProfile::trimmed).toList();
    goals = trimmed(goals);
    benefits = trimmed(benefits);
    results = trimmed(results);
    designNarrative = trimmed(designNarrative);
    keyChanges = trimmed(keyChanges);
    beneficiaries = trimmed(beneficiaries);
    videoUrl = trimmed(videoUrl);
    status = status == null || status.isBlank() ? ProfileCodes.DEFAULT_STATUS : status.trim();
  }

  /** Null for an empty text, so "nothing written" is one value. */
  private static String trimmed(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
