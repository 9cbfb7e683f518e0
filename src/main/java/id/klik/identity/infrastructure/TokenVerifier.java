package id.klik.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import id.klik.identity.domain.KlikUser;
import id.klik.shared.infrastructure.KlikConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates Keycloak access tokens: RS256 signature against the realm's published keys (cached and
 * refreshed on key rotation, and kept through a Keycloak outage for a bounded time), issuer, expiry
 * and audience ({@code klik.oidc.audience}).
 */
@ApplicationScoped
public class TokenVerifier {

  /** Keys are fetched again after this time while Keycloak answers. */
  static final long KEYS_TIME_TO_LIVE_MILLIS = 5 * 60_000L;

  /** How long a request waits for another thread's refetch of the keys. */
  static final long KEYS_REFRESH_TIMEOUT_MILLIS = 5_000L;

  static final long UNKNOWN_KEY_REFETCH_MILLIS = 10_000L;

  /**
   * How long the last fetched keys are trusted while Keycloak cannot be reached: API calls with
   * valid tokens keep passing through an outage of this length; a key Keycloak revoked meanwhile is
   * dropped at the latest then.
   */
  static final long KEYS_OUTAGE_TOLERANCE_MILLIS = 6 * 60 * 60_000L;

  @Inject KlikConfig config;

  private ConfigurableJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void init() {
    try {
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(
                  URI.create(
                          config.keycloakUrl()
                              + "/realms/"
                              + config.realm()
                              + "/protocol/openid-connect/certs")
                      .toURL())
              .retrying(true)
              .cache(KEYS_TIME_TO_LIVE_MILLIS, KEYS_REFRESH_TIMEOUT_MILLIS)
              // a kid not in the cache (key rotation) fetches again, at most this often
              .rateLimited(UNKNOWN_KEY_REFETCH_MILLIS)
              // Keycloak down: the last keys fetched keep validating tokens, for a bounded time
              .outageTolerant(KEYS_OUTAGE_TOLERANCE_MILLIS)
              .build();
      DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
      p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
      p.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              // mutable sets: nimbus probes them with contains(null), which Set.of() rejects
              new HashSet<>(Set.of(config.audience())),
              new JWTClaimsSet.Builder().issuer(config.issuer()).build(),
              new HashSet<>(Set.of("sub", "exp", "iat")),
              new HashSet<>()));
      processor = p;
    } catch (MalformedURLException e) {
      throw new IllegalStateException("bad Keycloak URL " + config.keycloakUrl(), e);
    }
  }

  /** The user the token names, or empty when the token is not valid for this app. */
  public Optional<KlikUser> verify(String token) {
    try {
      return Optional.of(toUser(processor.process(token, null)));
    } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static KlikUser toUser(JWTClaimsSet claims) throws ParseException {
    return new KlikUser(
        claims.getSubject(),
        Optional.ofNullable(claims.getStringClaim("preferred_username"))
            .orElse(claims.getSubject()),
        claims.getStringClaim("email"),
        Optional.ofNullable(claims.getStringClaim("name")).orElse(""),
        organizations(claims.getClaim("organization")),
        realmRoles(claims.getJSONObjectClaim("realm_access")));
  }

  /** Keycloak writes organizations as a list of aliases, or as a map keyed by alias. */
  private static Set<String> organizations(Object claim) {
    if (claim instanceof Collection<?> list) {
      Set<String> out = new HashSet<>();
      list.forEach(o -> out.add(String.valueOf(o)));
      return out;
    }
    if (claim instanceof Map<?, ?> map) {
      Set<String> out = new HashSet<>();
      map.keySet().forEach(k -> out.add(String.valueOf(k)));
      return out;
    }
    return Set.of();
  }

  private static Set<String> realmRoles(Map<String, Object> realmAccess) {
    if (realmAccess == null || !(realmAccess.get("roles") instanceof List<?> roles)) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    roles.forEach(r -> out.add(String.valueOf(r)));
    return out;
  }
}
