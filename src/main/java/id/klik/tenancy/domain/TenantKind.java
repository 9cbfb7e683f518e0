package id.klik.tenancy.domain;

/** The three kinds of Pemda that can run a clinic. */
public enum TenantKind {
  PROVINSI,
  KABUPATEN,
  KOTA;

  public static TenantKind parse(String value) {
    return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
