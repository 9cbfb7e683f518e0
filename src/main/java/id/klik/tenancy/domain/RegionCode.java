package id.klik.tenancy.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official region code (kode wilayah, Kepmendagri) of a Pemda: {@code PP} for a province, {@code
 * PP.KK} for a kabupaten (KK 01–69) or a kota (KK 71–99). Kota Pontianak is 61.71.
 */
public final class RegionCode {

  private static final Pattern FORMAT = Pattern.compile("(\\d{2})(?:\\.(\\d{2}))?");

  private RegionCode() {}

  /**
   * Checks the code against the tenant's kind.
   *
   * @return the message key of the problem, or empty when the code fits
   */
  public static Optional<String> problem(String code, TenantKind kind) {
    Matcher m = code == null ? null : FORMAT.matcher(code);
    if (m == null || !m.matches()) {
      return Optional.of("regionCode.format");
    }
    int province = Integer.parseInt(m.group(1));
    if (province < 11) {
      return Optional.of("regionCode.province");
    }
    if (kind == TenantKind.PROVINSI) {
      return m.group(2) == null ? Optional.empty() : Optional.of("regionCode.provinceOnly");
    }
    if (m.group(2) == null) {
      return Optional.of("regionCode.needsRegency");
    }
    int regency = Integer.parseInt(m.group(2));
    boolean fits =
        kind == TenantKind.KABUPATEN
            ? regency >= 1 && regency <= 69
            : regency >= 71 && regency <= 99;
    return fits ? Optional.empty() : Optional.of("regionCode.kindMismatch");
  }
}
