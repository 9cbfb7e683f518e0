package id.klik.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's settings, read once through MicroProfile Config (environment variables in
 * Kubernetes: {@code klik.keycloak.url} is {@code KLIK_KEYCLOAK_URL}).
 */
@ApplicationScoped
public class KlikConfig {

  @Inject
  @ConfigProperty(name = "klik.keycloak.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "klik.keycloak.public-url")
  Optional<String> keycloakPublicUrl;

  @Inject
  @ConfigProperty(name = "klik.keycloak.realm")
  String realm;

  @Inject
  @ConfigProperty(name = "klik.keycloak.client-id")
  String clientId;

  @Inject
  @ConfigProperty(name = "klik.keycloak.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "klik.oidc.audience")
  String audience;

  @Inject
  @ConfigProperty(name = "klik.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "klik.base-domain")
  Optional<String> baseDomain;

  @Inject
  @ConfigProperty(name = "klik.tenants.dir")
  String tenantsDir;

  @Inject
  @ConfigProperty(name = "klik.migrate.on-startup")
  boolean migrateOnStartup;

  @Inject
  @ConfigProperty(name = "klik.migrate.threads")
  int migrateThreads;

  @Inject
  @ConfigProperty(name = "klik.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "klik.smtp.port")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "klik.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "klik.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "klik.smtp.starttls")
  boolean smtpStarttls;

  @Inject
  @ConfigProperty(name = "klik.mail.from")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "klik.outbox.interval-seconds")
  int outboxIntervalSeconds;

  @Inject
  @ConfigProperty(name = "klik.upload.max-bytes", defaultValue = "20000000")
  long uploadMaxBytes;

  /**
   * The largest file a person may upload, in bytes; at most {@link #UPLOAD_CEILING_BYTES}, the
   * multipart limit of the Faces servlet in {@code web.xml}.
   */
  public static final long UPLOAD_CEILING_BYTES = 104_857_600L;

  public long uploadMaxBytes() {
    return Math.max(1, Math.min(uploadMaxBytes, UPLOAD_CEILING_BYTES));
  }

  @Inject
  @ConfigProperty(name = "klik.evidence.max-mb", defaultValue = "20")
  int evidenceMaxMb;

  /** The largest evidence file the API takes, in MB (10^6 bytes): at least 1, at most 1024. */
  public int evidenceMaxMb() {
    return Math.max(1, Math.min(evidenceMaxMb, 1024));
  }

  @Inject
  @ConfigProperty(name = "klik.invitation.days", defaultValue = "7")
  int invitationDays;

  /** How long an invitation link works, in days: 1 to 90. */
  public int invitationDays() {
    return Math.max(1, Math.min(invitationDays, 90));
  }

  /** Base URL the app uses to reach Keycloak (inside the cluster). */
  public String keycloakUrl() {
    return trimSlash(keycloakUrl);
  }

  /** Base URL the browser uses to reach Keycloak; the token issuer is built from it. */
  public String keycloakPublicUrl() {
    return keycloakPublicUrl
        .filter(s -> !s.isBlank())
        .map(KlikConfig::trimSlash)
        .orElse(keycloakUrl());
  }

  public String realm() {
    return realm;
  }

  public String issuer() {
    return keycloakPublicUrl() + "/realms/" + realm;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret.orElse("");
  }

  public String audience() {
    return audience;
  }

  public Optional<String> publicUrl() {
    return publicUrl.filter(s -> !s.isBlank()).map(KlikConfig::trimSlash);
  }

  public Optional<String> baseDomain() {
    return baseDomain.filter(s -> !s.isBlank());
  }

  public Path tenantsDir() {
    return Path.of(tenantsDir);
  }

  public boolean migrateOnStartup() {
    return migrateOnStartup;
  }

  public int migrateThreads() {
    return Math.max(1, migrateThreads);
  }

  /** The SMTP server; unset means mail is off and messages stay queued in the outbox. */
  public Optional<String> smtpHost() {
    return smtpHost.filter(s -> !s.isBlank());
  }

  public int smtpPort() {
    return smtpPort;
  }

  public Optional<String> smtpUser() {
    return smtpUser.filter(s -> !s.isBlank());
  }

  public String smtpPassword() {
    return smtpPassword.orElse("");
  }

  public boolean smtpStarttls() {
    return smtpStarttls;
  }

  public String mailFrom() {
    return mailFrom;
  }

  public int outboxIntervalSeconds() {
    return Math.max(1, outboxIntervalSeconds);
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
