package id.klik.innovation.application;

import id.klik.identity.application.MemberDirectory;
import id.klik.mail.application.Notifier;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Writes, inside the other side's tenant, what a link's change tells it: a line in its audit trail
 * and a mail to each of its clinic admins (through its outbox, once per link and change).
 */
@ApplicationScoped
public class ReplicationEchoWriter {

  @Inject AuditTrail audit;
  @Inject MemberDirectory members;
  @Inject Notifier notifier;
  @Inject KlikConfig config;

  @Transactional
  public void write(ReplicationEcho echo) {
    TenantRef tenant = TenantContext.require();
    audit.record(echo.action(), "replication", echo.linkId(), echo.description());
    String url =
        config.publicUrl().orElse("")
            + "/t/"
            + tenant.slug()
            + "/innovation?id="
            + echo.receiverInnovationId();
    for (MemberDirectory.Contact admin : members.clinicAdmins()) {
      notifier.queue(
          echo.mail() + ":" + echo.linkId() + ":" + admin.username(),
          admin.email(),
          tenant.locale(),
          echo.mail(),
          Map.of(
              "name", admin.name(),
              "region", echo.actingRegion(),
              "ownInnovation", echo.ownInnovation(),
              "otherInnovation", echo.otherInnovation(),
              "url", url));
    }
  }
}
