package id.klik.assistant.web;

import id.klik.assistant.application.AssistantLedger;
import id.klik.assistant.application.AssistantStatus;
import id.klik.assistant.application.ExchangeView;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Page;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The assistant's page ({@code /t/<slug>/assistant}): whether the deployment set up an AI endpoint,
 * the clinic admin's switch, and the exchanges with the model (what was sent, what came back).
 * Clinic admins only.
 */
@Named
@ViewScoped
public class AssistantPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AssistantLedger ledger;
  @Inject transient Permissions permissions;

  private AssistantStatus status;
  private List<ExchangeView> exchanges;
  private long total;

  public boolean isAllowed() {
    return permissions.may(Permission.ASSISTANT_ADMINISTER);
  }

  public AssistantStatus getStatus() {
    if (status == null) {
      status = ledger.status();
    }
    return status;
  }

  public List<ExchangeView> getExchanges() {
    if (exchanges == null) {
      if (isAllowed()) {
        Page<ExchangeView> page = ledger.exchanges(0, Page.MAX_SIZE);
        exchanges = page.items();
        total = page.total();
      } else {
        exchanges = List.of();
      }
    }
    return exchanges;
  }

  public long getTotal() {
    getExchanges();
    return total;
  }

  public void switchOn() {
    change(true);
  }

  public void switchOff() {
    change(false);
  }

  private void change(boolean enabled) {
    try {
      status = ledger.switchTo(enabled);
      Notices.info(enabled ? "assistant.switchedOn" : "assistant.switchedOff");
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  public String time(Instant instant) {
    return instant == null ? "" : TenantTime.format(instant);
  }
}
