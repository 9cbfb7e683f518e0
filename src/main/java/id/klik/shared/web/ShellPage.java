package id.klik.shared.web;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.domain.TenantRole;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What the page frame shows: the tenant, the person, the language switch, the links. */
@Named("shell")
@RequestScoped
public class ShellPage {

  @Inject CurrentUser currentUser;

  public TenantRef getTenant() {
    return (TenantRef) request(RequestInfo.TENANT);
  }

  /** The URL prefix of the tenant's pages, e.g. /t/pontianak. */
  public String getBase() {
    Object base = request(RequestInfo.TENANT_BASE);
    return base == null ? "" : base.toString();
  }

  public String getLanguage() {
    return RequestInfo.locale().getLanguage();
  }

  public String getUserName() {
    return currentUser.user().map(u -> u.name().isBlank() ? u.username() : u.name()).orElse("");
  }

  public boolean isLoggedIn() {
    return currentUser.user().isPresent();
  }

  public String getRoles() {
    return currentUser.roles().stream().map(TenantRole::label).collect(Collectors.joining(", "));
  }

  public boolean isWriter() {
    return currentUser.has(TenantRole.CLINIC_ADMIN) || currentUser.has(TenantRole.CLINIC_STAFF);
  }

  public boolean isPlatformAdmin() {
    return currentUser.user().map(u -> u.isPlatformAdmin()).orElse(false);
  }

  /**
   * The current page's address with ?lang= set, for the language switch; its other parameters (a
   * page's {@code ?id=}) are kept.
   */
  public String langUrl(String lang) {
    var req =
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object original = req.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = original != null ? original.toString() : req.getRequestURI();
    Object query =
        original != null
            ? req.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING)
            : req.getQueryString();
    String kept =
        query == null
            ? ""
            : Arrays.stream(query.toString().split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                .map(p -> p + "&")
                .collect(Collectors.joining());
    return uri + "?" + kept + "lang=" + lang;
  }

  private static Object request(String key) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(key);
  }
}
