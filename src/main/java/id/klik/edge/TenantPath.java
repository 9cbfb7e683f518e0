package id.klik.edge;

import java.util.Optional;

/**
 * Where a request goes, read from its path and host: a tenant's page or API call (with the tenant's
 * slug and the path inside the tenant), or something that is not a tenant's.
 *
 * @param rest the path inside the tenant, starting with "/"
 * @param base the URL prefix of the tenant's pages, e.g. "/t/pontianak" ("" on its own host)
 */
public record TenantPath(String slug, String rest, String base) {

  private static final String PREFIX = "/t/";

  /** Paths that stay global even on a tenant's own host. */
  private static final String[] GLOBAL = {
    "/api/platform",
    "/platform",
    "/api/mentor/",
    "/mentor/",
    "/calendar/",
    "/auth/",
    "/health",
    "/metrics",
    "/openapi",
    "/jakarta.faces.resource"
  };

  /**
   * Reads the tenant from {@code /t/<slug>/...} or, when a base domain is set, from the host {@code
   * <slug>.<base-domain>}.
   */
  public static Optional<TenantPath> parse(String path, String host, Optional<String> baseDomain) {
    if (path.startsWith(PREFIX)) {
      String after = path.substring(PREFIX.length());
      int slash = after.indexOf('/');
      String slug = slash < 0 ? after : after.substring(0, slash);
      String rest = slash < 0 ? "/" : after.substring(slash);
      return slug.isEmpty()
          ? Optional.empty()
          : Optional.of(new TenantPath(slug, rest, PREFIX + slug));
    }
    if (baseDomain.isEmpty() || host == null) {
      return Optional.empty();
    }
    String hostName = host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
    String suffix = "." + baseDomain.get();
    if (!hostName.endsWith(suffix) || hostName.length() == suffix.length()) {
      return Optional.empty();
    }
    for (String global : GLOBAL) {
      if (path.startsWith(global)) {
        return Optional.empty();
      }
    }
    String slug = hostName.substring(0, hostName.length() - suffix.length());
    return slug.contains(".") ? Optional.empty() : Optional.of(new TenantPath(slug, path, ""));
  }

  /**
   * The invitation page, the one tenant page open without a login: the invited person has no
   * password yet. The page itself admits nobody; its token decides what it shows.
   */
  public boolean isInvitation() {
    return rest.equals("/invitation") || rest.equals("/invitation.xhtml");
  }

  public boolean isApi() {
    return rest.startsWith("/api/") || rest.equals("/api");
  }

  /**
   * The internal path the request is forwarded to: {@code /api/tenant/...} for the API, a Faces
   * view under {@code /app/} for pages, or empty when nothing lives there.
   */
  public Optional<String> internalPath() {
    if (isApi()) {
      return Optional.of("/api/tenant" + rest.substring("/api".length()));
    }
    if (rest.equals("/") || rest.isEmpty()) {
      return Optional.of("/app/index.xhtml");
    }
    String page = rest.substring(1);
    if (page.endsWith(".xhtml")) {
      page = page.substring(0, page.length() - ".xhtml".length());
    }
    if (!page.matches("[a-z][a-z0-9-]*")) {
      return Optional.empty();
    }
    // a page's stream (e.g. an AI suggestion as server-sent events): a servlet, with the page's
    // login
    return page.endsWith("-stream")
        ? Optional.of("/app/stream/" + page)
        : Optional.of("/app/" + page + ".xhtml");
  }
}
