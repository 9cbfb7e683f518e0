package id.klik.index.application;

import id.klik.shared.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One change what-if proposes, with what it gains and what it needs.
 *
 * @param kind {@code attach-evidence}, {@code raise-level} or {@code add-innovation}
 * @param innovationId null for a region measure or a new innovation
 * @param affairs for {@code add-innovation}: the basic-service affairs the new innovations cover
 * @param gain index points on the evidenced estimate, two decimals
 * @param declaredGain index points on the declared estimate, two decimals
 */
public record WhatIfStep(
    String kind,
    UUID innovationId,
    String innovationName,
    String measureId,
    Integer indicator,
    Integer level,
    List<String> affairs,
    BigDecimal gain,
    BigDecimal declaredGain,
    LocalizedText needs) {

  public WhatIfStep {
    affairs = affairs == null ? List.of() : List.copyOf(affairs);
  }
}
