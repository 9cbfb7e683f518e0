package id.klik.calendar.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A personal feed's secret: 32 random bytes, URL-safe Base64 (43 characters), the only thing that
 * opens the feed (calendar apps send no login). Only its sha256 is stored.
 */
public final class FeedSecret {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String FORM = "[A-Za-z0-9_-]{43}";

  private FeedSecret() {}

  public static String create() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The secret in a feed path's last segment ({@code <secret>.ics}), if it has the right form. */
  public static Optional<String> fromFileName(String name) {
    if (name == null || !name.endsWith(".ics")) {
      return Optional.empty();
    }
    String secret = name.substring(0, name.length() - ".ics".length());
    return secret.matches(FORM) ? Optional.of(secret) : Optional.empty();
  }
}
