package id.klik.innovation.domain;

import id.klik.shared.domain.ValidationException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an evidence item proves: one indicator of the tenant's index model (its id, such as {@code
 * sid-16}), one profile slot, or nothing in particular (general evidence). Never both an indicator
 * and a slot.
 */
public record EvidenceTarget(Optional<String> indicatorId, Optional<EvidenceSlot> slot) {

  public static final EvidenceTarget GENERAL =
      new EvidenceTarget(Optional.empty(), Optional.empty());

  public EvidenceTarget {
    if (indicatorId.isPresent() && slot.isPresent()) {
      throw new IllegalArgumentException("an indicator or a slot, not both");
    }
  }

  /**
   * The target from the upload's optional fields, checked against the indicator ids the tenant's
   * index model lists for innovations.
   *
   * @throws ValidationException naming {@code indicator} or {@code slot}
   */
  public static EvidenceTarget of(String indicator, String slot, Set<String> knownIndicators) {
    String i = blankToNull(indicator);
    String s = blankToNull(slot);
    if (i != null && s != null) {
      throw ValidationException.of("slot", "evidence.indicatorOrSlot");
    }
    if (s != null) {
      EvidenceSlot parsed =
          EvidenceSlot.parse(s.toLowerCase(Locale.ROOT))
              .orElseThrow(() -> ValidationException.of("slot", "evidence.slotUnknown", s));
      return new EvidenceTarget(Optional.empty(), Optional.of(parsed));
    }
    if (i != null) {
      String id = i.toLowerCase(Locale.ROOT);
      if (!knownIndicators.contains(id)) {
        throw ValidationException.of("indicator", "evidence.indicatorUnknown", i);
      }
      return new EvidenceTarget(Optional.of(id), Optional.empty());
    }
    return GENERAL;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
