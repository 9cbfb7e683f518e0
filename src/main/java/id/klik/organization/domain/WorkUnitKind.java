package id.klik.organization.domain;

import java.util.Locale;
import java.util.Optional;

/** The kinds of work unit in a Pemda. */
public enum WorkUnitKind {
  /** Perangkat daerah: an agency (dinas, badan, sekretariat, inspektorat). */
  OPD,
  KECAMATAN,
  KELURAHAN,
  /** Unit pelaksana teknis: a technical unit under an agency. */
  UPT,
  /** Badan usaha milik daerah: a region-owned enterprise. */
  BUMD;

  public static Optional<WorkUnitKind> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The kind a unit of this kind must sit under, if the hierarchy demands one. */
  public Optional<WorkUnitKind> requiredParent() {
    return switch (this) {
      case KELURAHAN -> Optional.of(KECAMATAN);
      case UPT -> Optional.of(OPD);
      default -> Optional.empty();
    };
  }

  /** Kelurahan are the leaves of the hierarchy. */
  public boolean canHaveChildren() {
    return this != KELURAHAN;
  }
}
