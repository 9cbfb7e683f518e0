package id.klik.mail.web;

import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.mail.application.OutboxView;
import id.klik.mail.domain.OutboxMessage;
import id.klik.shared.domain.Page;
import id.klik.tenancy.application.TenantTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * Wires the outbox page ({@code /t/<slug>/outbox}) to {@link OutboxView}: the newest messages, with
 * their status and last error, times in the region's time zone. Clinic admins only.
 */
@Named
@RequestScoped
public class OutboxPage {

  @Inject OutboxView view;
  @Inject Permissions permissions;

  private Page<OutboxMessage> page;

  public boolean isAllowed() {
    return permissions.may(Permission.OUTBOX_VIEW);
  }

  public List<OutboxMessage> getMessages() {
    return page().items();
  }

  public long getTotal() {
    return page().total();
  }

  /** A time in the tenant's zone, or empty. */
  public String time(Instant instant) {
    if (instant == null) {
      return "";
    }
    return TenantTime.format(instant);
  }

  private Page<OutboxMessage> page() {
    if (page == null) {
      page = isAllowed() ? view.page(0, Page.MAX_SIZE) : new Page<>(List.of(), 0, 0, 0);
    }
    return page;
  }
}
