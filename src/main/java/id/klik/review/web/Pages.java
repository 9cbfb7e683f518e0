package id.klik.review.web;

import id.klik.shared.web.RequestInfo;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** What the review pages share: the id parameter, 404, redirects after a change. */
final class Pages {

  private Pages() {}

  static UUID idParameter() {
    String param =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    return UUID.fromString(param == null ? "" : param.strip());
  }

  /** A request parameter, or null. */
  static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Redirects to a page of the tenant, keeping the messages for the next request. */
  static void redirect(String pageAndQuery) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    Object base = external.getRequestMap().get(RequestInfo.TENANT_BASE);
    try {
      external.redirect((base == null ? "" : base) + "/" + pageAndQuery);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
