package id.klik.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an invitation link: 32 random bytes, URL-safe. Only its SHA-256 is stored, so a
 * copy of the database opens no invitation; a token is found again by hashing what the link
 * carries.
 */
public final class InvitationToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  private InvitationToken() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form; an empty or absurd token still hashes (and then matches nothing). */
  public static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((secret == null ? "" : secret).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
