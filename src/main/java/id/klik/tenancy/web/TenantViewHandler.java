package id.klik.tenancy.web;

import id.klik.shared.web.RequestInfo;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Makes Faces write the tenant's public URLs: a form on {@code /app/work-units.xhtml} posts back to
 * {@code /t/<slug>/work-units}, so every request keeps naming its tenant; and renders every view in
 * the request's language.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

  private static final String APP = "/app/";

  public TenantViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    Object base = context.getExternalContext().getRequestMap().get(RequestInfo.TENANT_BASE);
    if (base != null && viewId.startsWith(APP)) {
      String page = viewId.substring(APP.length()).replaceFirst("\\.xhtml$", "");
      return base + "/" + ("index".equals(page) ? "" : page);
    }
    return super.getActionURL(context, viewId);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return RequestInfo.locale();
  }
}
