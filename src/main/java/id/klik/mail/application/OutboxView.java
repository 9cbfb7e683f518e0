package id.klik.mail.application;

import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.mail.domain.OutboxMessage;
import id.klik.mail.infrastructure.OutboxRepository;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The current tenant's outbox for its clinic admins: what was sent, what waits and why. */
@ApplicationScoped
public class OutboxView {

  @Inject OutboxRepository outbox;
  @Inject Permissions permissions;

  @Transactional
  public Page<OutboxMessage> page(int page, int size) {
    permissions.require(Permission.OUTBOX_VIEW);
    return outbox.page(Math.max(0, page), Page.size(size));
  }
}
