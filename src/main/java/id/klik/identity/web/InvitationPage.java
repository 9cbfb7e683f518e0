package id.klik.identity.web;

import id.klik.identity.application.Invitations;
import id.klik.identity.domain.Invitation;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The page an invitation mail links to ({@code /t/<slug>/invitation?token=…}), open without a
 * login: it shows what the token opens, takes the new password (twice) when the person has none,
 * accepts, and sends them to the tenant, where the login follows.
 */
@Named
@ViewScoped
@TenantBound
public class InvitationPage implements Serializable {

  @Inject Invitations invitations;

  private String token;
  private Invitations.Opened opened;
  private String password;
  private String confirmation;

  @PostConstruct
  void load() {
    token =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("token");
    opened = invitations.open(token == null ? "" : token);
  }

  public void accept() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      invitations.accept(token, password, confirmation);
    } catch (ValidationException e) {
      e.problems()
          .forEach(
              p ->
                  faces.addMessage(
                      p.field().equals("confirmation")
                          ? "invitation:confirmation"
                          : "invitation:password",
                      new FacesMessage(
                          FacesMessage.SEVERITY_ERROR,
                          Messages.get(RequestInfo.locale(), p.messageKey(), p.args().toArray()),
                          null)));
      return;
    } catch (KlikException e) {
      opened = invitations.open(token);
      return;
    }
    ExternalContext external = faces.getExternalContext();
    Object base = external.getRequestMap().get(RequestInfo.TENANT_BASE);
    external.redirect((base == null ? "" : base.toString()) + "/");
  }

  public boolean isOpen() {
    return opened.state() == Invitation.State.OPEN;
  }

  public boolean isExpired() {
    return opened.state() == Invitation.State.EXPIRED;
  }

  public boolean isNeedsPassword() {
    return opened.needsPassword();
  }

  public String getName() {
    return opened.name();
  }

  public String getUsername() {
    return opened.username();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
