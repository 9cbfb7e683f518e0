package id.klik.edge.shell;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.identity.domain.TenantRole;
import id.klik.shared.domain.Messages;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantTime;
import id.klik.tenancy.domain.BrandColor;
import id.klik.tenancy.domain.TenantModule;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the one page frame (WEB-INF/templates/shell.xhtml) shows: the tenant's name and colour, the
 * navigation of its enabled modules, the language switch, the person with their roles, logout; and
 * the two questions every page asks of it: may the caller do this, and what time is that here.
 */
@Named("shell")
@RequestScoped
public class ShellPage {

  @Inject CurrentUser currentUser;
  @Inject Permissions permissions;

  private List<NavItem> nav;

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

  /** The caller's tenant roles in the page's language ({@code role.CLINIC_ADMIN}), never codes. */
  public String getRoleNames() {
    return currentUser.roles().stream()
        .map(r -> Messages.get(RequestInfo.locale(), "role." + r.name()))
        .collect(Collectors.joining(", "));
  }

  /** The roles in the manifest's spelling, for places that name them technically. */
  public String getRoles() {
    return currentUser.roles().stream().map(TenantRole::label).collect(Collectors.joining(", "));
  }

  /** Whether the caller holds the permission (by its enum name) in this tenant. */
  public boolean may(String permission) {
    return permissions.may(Permission.valueOf(permission));
  }

  public boolean isPlatformAdmin() {
    return currentUser.user().map(u -> u.isPlatformAdmin()).orElse(false);
  }

  public boolean isNationalMentor() {
    return currentUser.user().map(u -> u.isNationalMentor()).orElse(false);
  }

  /** An instant as people of this tenant read it, e.g. {@code 2026-12-01 10:05 WITA}. */
  public String time(Object at) {
    if (at instanceof Instant i) {
      return TenantTime.format(i);
    }
    if (at instanceof OffsetDateTime o) {
      return TenantTime.format(o);
    }
    return at == null ? "" : at.toString();
  }

  /**
   * The frame's colour as a CSS custom property: the tenant's own when white text on it is
   * readable, KLIK's green otherwise.
   */
  public String getBrandStyle() {
    TenantRef tenant = getTenant();
    Optional<String> color = tenant == null ? Optional.empty() : tenant.brandColor();
    return "--klik-primary:" + BrandColor.behindWhiteText(color);
  }

  /** The tenant's logo ({@code data:} URI from its manifest), or empty. */
  public String getLogo() {
    TenantRef tenant = getTenant();
    return tenant == null ? "" : tenant.logoUri().orElse("");
  }

  public boolean enabled(String module) {
    TenantRef tenant = getTenant();
    return tenant != null && tenant.enabled(TenantModule.valueOf(module));
  }

  /**
   * The navigation: in a tenant home, each enabled module that has pages and the clinic; outside a
   * tenant the landing page and the platform console.
   */
  public List<NavItem> getNav() {
    if (nav == null) {
      TenantRef tenant = getTenant();
      String page = currentPage();
      List<NavItem> items = new ArrayList<>();
      if (tenant == null) {
        boolean mentorHome = currentView().startsWith("/mentor/");
        items.add(new NavItem("nav-home", "/", "nav.home", page.equals("index") && !mentorHome));
        if (isNationalMentor()) {
          items.add(new NavItem("nav-mentor", "/mentor/", "nav.mentorHome", mentorHome));
        }
        items.add(new NavItem("nav-platform", "/platform/", "nav.platform", false));
        if (isPlatformAdmin()) {
          items.add(
              new NavItem(
                  "nav-platform-mentors",
                  "/platform/mentors.xhtml",
                  "nav.platformMentors",
                  currentView().equals("/platform/mentors.xhtml")));
        }
      } else {
        String base = getBase();
        items.add(new NavItem("nav-home", base + "/", "nav.home", page.equals("index")));
        if (currentUser.user().isEmpty()) {
          // the one page open without login (the invitation) offers no pages behind the login
          nav = items;
          return nav;
        }
        if (tenant.enabled(TenantModule.INNOVATIONS)) {
          items.add(
              new NavItem(
                  "nav-innovations",
                  base + "/innovations",
                  "nav.innovations",
                  page.equals("innovations")
                      || (page.startsWith("innovation-") && !page.startsWith("innovation-index"))
                      || page.equals("innovation")));
          items.add(
              new NavItem(
                  "nav-shared-innovations",
                  base + "/shared-innovations",
                  "nav.sharedInnovations",
                  page.equals("shared-innovations")));
        }
        if (tenant.enabled(TenantModule.WORK_UNITS)) {
          items.add(
              new NavItem(
                  "nav-work-units",
                  base + "/work-units",
                  "nav.workUnits",
                  page.equals("work-units")));
        }
        if (tenant.enabled(TenantModule.INDEX)) {
          items.add(
              new NavItem(
                  "nav-index",
                  base + "/innovation-index",
                  "nav.index",
                  page.startsWith("innovation-index")));
        }
        if (tenant.enabled(TenantModule.PROGRAMS)) {
          items.add(
              new NavItem(
                  "nav-programs",
                  base + "/programs",
                  "nav.programs",
                  page.equals("programs") || page.equals("program") || page.equals("attendance")));
          items.add(
              new NavItem(
                  "nav-calendar", base + "/calendar", "nav.calendar", page.equals("calendar")));
        }
        if (tenant.enabled(TenantModule.PROPOSALS)) {
          items.add(
              new NavItem(
                  "nav-proposals",
                  base + "/proposals",
                  "nav.proposals",
                  page.equals("proposals") || page.equals("proposal")));
          items.add(
              new NavItem(
                  "nav-competitions",
                  base + "/competitions",
                  "nav.competitions",
                  page.equals("competitions") || page.equals("competition")));
          items.add(
              new NavItem(
                  "nav-reviews",
                  base + "/reviews",
                  "nav.reviews",
                  page.equals("reviews") || page.equals("review")));
        }
        // teams are the always-on people part: no module gates them
        items.add(new NavItem("nav-teams", base + "/teams", "nav.teams", page.equals("teams")));
        items.add(new NavItem("nav-clinic", base + "/clinic", "nav.clinic", page.equals("clinic")));
        if (tenant.enabled(TenantModule.CONSULTATIONS)) {
          items.add(
              new NavItem(
                  "nav-consultations",
                  base + "/consultations",
                  "nav.consultations",
                  page.equals("consultations") || page.equals("mentoring-log")));
          if (currentUser.has(TenantRole.MENTOR)) {
            items.add(
                new NavItem(
                    "nav-availability",
                    base + "/availability",
                    "nav.availability",
                    page.equals("availability")));
          }
          if (currentUser.has(TenantRole.MENTOR)
              || permissions.may(Permission.MENTORS_ADMINISTER)) {
            items.add(
                new NavItem(
                    "nav-workload", base + "/workload", "nav.workload", page.equals("workload")));
          }
        }
        if (tenant.enabled(TenantModule.TEMPLATES)) {
          items.add(
              new NavItem(
                  "nav-templates",
                  base + "/templates",
                  "nav.templates",
                  page.startsWith("template")));
        }
        if (permissions.may(Permission.MEMBERS_VIEW)) {
          items.add(
              new NavItem("nav-members", base + "/members", "nav.members", page.equals("members")));
        }
        items.add(
            new NavItem("nav-mentors", base + "/mentors", "nav.mentors", page.equals("mentors")));
        if (permissions.may(Permission.OUTBOX_VIEW)) {
          items.add(
              new NavItem(
                  "nav-outbox", base + "/outbox", "mail.outbox.title", page.equals("outbox")));
        }
        if (permissions.may(Permission.AUDIT_VIEW)) {
          items.add(new NavItem("nav-audit", base + "/audit", "nav.audit", page.equals("audit")));
        }
        if (permissions.may(Permission.ASSISTANT_ADMINISTER)) {
          items.add(
              new NavItem(
                  "nav-assistant", base + "/assistant", "nav.assistant", page.equals("assistant")));
        }
      }
      nav = items;
    }
    return nav;
  }

  private static String currentView() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
  }

  /** The view's name without folder and suffix, e.g. {@code work-units}. */
  private static String currentPage() {
    String view = currentView();
    String name = view.substring(view.lastIndexOf('/') + 1);
    return name.endsWith(".xhtml") ? name.substring(0, name.length() - ".xhtml".length()) : name;
  }

  /**
   * The current page's address with ?lang= set, for the language switch; its other parameters (a
   * page's {@code ?id=}) are kept.
   */
  public String langUrl(String lang) {
    var req =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object original = req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = original != null ? original.toString() : req.getRequestURI();
    Object query =
        original != null
            ? req.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
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
