package id.klik.innovation.api;

import id.klik.innovation.domain.GovernmentAffair;

/**
 * A government affair of the master list.
 *
 * @param basicService one of the six basic-service affairs the index's coverage rule counts
 */
public record AffairDto(
    String code, String group, String nameId, String nameEn, boolean basicService) {

  static AffairDto of(GovernmentAffair a) {
    return new AffairDto(a.code(), a.group(), a.name().id(), a.name().en(), a.basicService());
  }
}
