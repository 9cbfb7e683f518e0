package id.klik.shared.web;

import java.util.Locale;
import java.util.Optional;

/** The request id and language of the current request thread, for logs and messages. */
public final class RequestInfo {

  private record Info(String requestId, Locale locale) {}

  /**
   * Request attributes the edge sets on a tenant request, for the page frame and the view handler:
   * the tenant itself, its slug, and the URL prefix of its pages (e.g. "/t/pontianak", "" on its
   * own host).
   */
  public static final String TENANT = "klik.tenant";

  public static final String TENANT_SLUG = "klik.tenantSlug";
  public static final String TENANT_BASE = "klik.tenantBase";

  private static final ThreadLocal<Info> CURRENT = new ThreadLocal<>();

  private RequestInfo() {}

  public static void set(String requestId, Locale locale) {
    CURRENT.set(new Info(requestId, locale));
  }

  public static void clear() {
    CURRENT.remove();
  }

  public static String requestId() {
    return Optional.ofNullable(CURRENT.get()).map(Info::requestId).orElse("-");
  }

  public static Locale locale() {
    return Optional.ofNullable(CURRENT.get())
        .map(Info::locale)
        .orElse(id.klik.shared.domain.Messages.INDONESIAN);
  }
}
