package id.klik.innovation.domain;

import java.util.List;

/**
 * The codes of the national innovation profile that the portfolio's list, export and import read
 * and write (DOMAIN.md): as the API spells them, in the profile's order.
 */
public final class ProfileCodes {

  public static final List<String> STAGES = List.of("inisiatif", "uji-coba", "penerapan");
  public static final List<String> KINDS = List.of("digital", "non-digital");
  public static final List<String> FORMS = List.of("tata-kelola", "pelayanan-publik", "lainnya");
  public static final List<String> INITIATORS =
      List.of("kepala-daerah", "anggota-dprd", "asn", "perangkat-daerah", "masyarakat");
  public static final List<String> STATUSES = List.of("draf", "aktif", "diarsipkan");

  private ProfileCodes() {}
}
