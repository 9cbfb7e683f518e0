package id.klik.mail.application;

import id.klik.identity.application.InvitationMail;
import id.klik.shared.domain.Messages;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.application.TenantTime;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Identity's invitations, written to the tenant's outbox in the tenant's language. Each invitation
 * is its own cause ({@code invitation:<id>}): inviting again sends a new mail with a new link.
 */
@ApplicationScoped
public class InvitationMails implements InvitationMail {

  public static final String TEMPLATE = "invitation";

  @Inject Notifier notifier;

  @Override
  public void queue(Letter letter) {
    TenantRef tenant = TenantContext.require();
    String roles =
        letter.roleKeys().stream()
            .sorted()
            .map(key -> Messages.get(tenant.defaultLocale(), key))
            .collect(Collectors.joining(", "));
    notifier.queue(
        "invitation:" + letter.invitationId(),
        letter.recipient(),
        tenant.locale(),
        TEMPLATE,
        Map.of(
            "name", letter.name(),
            "tenantName", tenant.name(),
            "inviter", letter.inviter(),
            "roles", roles,
            "url", letter.link(),
            "username", letter.username(),
            "expiresAt", TenantTime.format(letter.expiresAt())));
  }
}
