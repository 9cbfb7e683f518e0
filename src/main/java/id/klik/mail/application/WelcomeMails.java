package id.klik.mail.application;

import id.klik.identity.application.MembershipService;
import id.klik.identity.domain.TenantRole;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantSeeding;
import id.klik.tenancy.domain.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * The first use of the {@link Notifier}: when tenancy seeds a tenant, each clinic admin its
 * manifest names gets a welcome mail in the region's language. Onboarding is a chain of committed
 * steps, not one transaction, so the welcome mails are written in the seeding step's own
 * transaction, all or none; the idempotency key {@code welcome:<username>} makes a repeated seeding
 * (a resumed onboarding, a changed manifest) queue nothing twice, while an admin added later to the
 * manifest is still welcomed. Only admins who can already log in are welcomed: one without an
 * account got an invitation instead (identity's {@code KeycloakTenantDirectory}), whose link sets
 * their password, and a welcome naming a login they cannot use yet would only confuse.
 */
@ApplicationScoped
public class WelcomeMails {

  public static final String TEMPLATE = "welcome";

  @Inject Notifier notifier;
  @Inject KlikConfig config;
  @Inject MembershipService memberships;

  @Transactional
  public void welcomeAdmins(@Observes TenantSeeding seeding) {
    TenantManifest m = seeding.manifest();
    String slug = m.slug().value();
    String url = config.publicUrl().orElse("") + "/t/" + slug + "/";
    for (TenantManifest.Member member : m.members()) {
      boolean admin =
          member.roles().stream().map(TenantRole::parse).anyMatch(TenantRole.CLINIC_ADMIN::equals);
      if (!admin
          || member.email() == null
          || member.email().isBlank()
          || !memberships.isActive(member.username())) {
        continue;
      }
      notifier.queue(
          "welcome:" + member.username(),
          member.email(),
          m.locale(),
          TEMPLATE,
          Map.of(
              "name",
              member.name() == null ? member.username() : member.name(),
              "tenantName",
              m.name(),
              "username",
              member.username(),
              "url",
              url));
    }
  }
}
