package id.klik.innovation.domain;

import java.util.List;

/**
 * The codes of the national innovation profile's closed lists, as the API and the import spell
 * them. Labels come from the message bundle ({@code innovation.stage.uji-coba} …).
 */
public final class ProfileCodes {

  /** Tahapan: an idea, a trial, applied. In this order an innovation matures. */
  public static final List<String> STAGES = List.of("inisiatif", "uji-coba", "penerapan");

  /** Jenis. */
  public static final List<String> KINDS = List.of("digital", "non-digital");

  /** Bentuk: regional governance, public service, or another innovation by government affair. */
  public static final List<String> FORMS = List.of("tata-kelola", "pelayanan-publik", "lainnya");

  /** Inisiator: who started it. */
  public static final List<String> INITIATORS =
      List.of("kepala-daerah", "anggota-dprd", "asn", "perangkat-daerah", "masyarakat");

  /**
   * The record's own status in the clinic, beside the stage: a draft being written, an active
   * innovation, an archived one that stays for its history and the index's earlier years.
   */
  public static final List<String> STATUSES = List.of("draf", "aktif", "diarsipkan");

  public static final String APPLIED = "penerapan";
  public static final String TRIAL = "uji-coba";
  public static final String DEFAULT_STATUS = "aktif";

  private ProfileCodes() {}
}
