package id.klik.innovation.application;

import id.klik.shared.domain.KlikException;

/**
 * A file the vault does not keep, judged by its bytes: a video (the profile takes a link to it) or
 * a type outside the allow-list. Nothing of it was stored. Answers 415.
 */
public class EvidenceRefused extends KlikException {

  private EvidenceRefused(String key, Object... args) {
    super(key, args);
  }

  public static EvidenceRefused video() {
    return new EvidenceRefused("evidence.video");
  }

  public static EvidenceRefused type(String detected, String allowed) {
    return new EvidenceRefused("evidence.typeNotAllowed", detected, allowed);
  }

  @Override
  public int status() {
    return 415;
  }
}
