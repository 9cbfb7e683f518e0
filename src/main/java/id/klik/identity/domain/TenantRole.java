package id.klik.identity.domain;

import java.util.Locale;

/** A person's role inside one tenant's clinic. */
public enum TenantRole {
  CLINIC_ADMIN,
  CLINIC_STAFF,
  INNOVATOR,
  MENTOR,
  VIEWER,
  /** A competition juror: sees and scores the reviews assigned to them, nothing else. */
  JUROR;

  /** Accepts the manifest's spelling ({@code clinic-admin}) and the enum's. */
  public static TenantRole parse(String value) {
    return valueOf(value.trim().replace('-', '_').toUpperCase(Locale.ROOT));
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
