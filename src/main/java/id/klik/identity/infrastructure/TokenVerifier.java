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
 * refreshed on key rotation), issuer, expiry and audience ({@code klik.oidc.audience}).
 */
@ApplicationScoped
public class TokenVerifier {

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
