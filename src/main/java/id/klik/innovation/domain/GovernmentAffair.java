package id.klik.innovation.domain;

import id.klik.shared.domain.LocalizedText;

/**
 * A government affair (urusan pemerintahan) of UU 23/2014: what an innovation serves.
 *
 * @param group {@code wajib-pelayanan-dasar}, {@code wajib-non-pelayanan-dasar}, {@code pilihan} or
 *     {@code penunjang}
 */
public record GovernmentAffair(String code, String group, LocalizedText name) {

  public static final String BASIC_SERVICE_GROUP = "wajib-pelayanan-dasar";

  /**
   * One of the six basic-service affairs (urusan wajib pelayanan dasar), which the index's coverage
   * rule counts.
   */
  public boolean basicService() {
    return BASIC_SERVICE_GROUP.equals(group);
  }
}
