package id.klik.innovation.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files the innovation profile asks for by name (DOMAIN: "budget (file), business profile
 * (file)"). A slot holds one evidence item per innovation; a new file there is its next version.
 */
public enum EvidenceSlot {
  BUDGET("budget"),
  BUSINESS_PROFILE("business-profile");

  private final String code;

  EvidenceSlot(String code) {
    this.code = code;
  }

  /** The code in the API and the table ({@code budget}, {@code business-profile}). */
  public String code() {
    return code;
  }

  public static Optional<EvidenceSlot> parse(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
