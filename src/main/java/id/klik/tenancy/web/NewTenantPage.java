package id.klik.tenancy.web;

import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.ApiTenants;
import id.klik.tenancy.application.PlatformCaller;
import id.klik.tenancy.domain.NewTenant;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantProgress;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's "new tenant" form: the same checks and messages as the API (and a manifest); on
 * success the progress view of the new tenant opens.
 */
@Named
@ViewScoped
public class NewTenantPage implements Serializable {

  @Inject transient ApiTenants tenants;
  @Inject transient PlatformCaller currentUser;

  /** One admin row of the form. */
  public static class AdminRow implements Serializable {
    private String email;
    private String name;

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  private String slug;
  private String name;
  private String kind = "kota";
  private String regionCode;
  private String timeZone = "WIB";
  private String locale = "id";
  private final List<AdminRow> admins = new ArrayList<>(List.of(new AdminRow()));

  @jakarta.annotation.PostConstruct
  void guard() {
    currentUser.requirePlatformAdmin();
  }

  public void addAdmin() {
    admins.add(new AdminRow());
  }

  /** Creates the tenant; on problems stays with every field's message. */
  public String create() {
    List<NewTenant.Admin> named =
        admins.stream()
            .filter(a -> !blank(a.email) || !blank(a.name))
            .map(a -> new NewTenant.Admin(a.email, blank(a.name) ? null : a.name))
            .toList();
    try {
      TenantProgress created =
          tenants.create(
              new NewTenant(slug, name, kind, regionCode, timeZone, locale, named), "console");
      return "/platform/tenant.xhtml?faces-redirect=true&slug=" + created.slug();
    } catch (ValidationException e) {
      // each problem named by the label the person sees, not the API's field name
      e.problems()
          .forEach(
              p ->
                  FacesContext.getCurrentInstance()
                      .addMessage(
                          null,
                          new FacesMessage(
                              FacesMessage.SEVERITY_ERROR,
                              label(p.field())
                                  + ": "
                                  + Notices.text(p.messageKey(), p.args().toArray()),
                              null)));
      return null;
    } catch (KlikException e) {
      Notices.error(e);
      return null;
    }
  }

  private static final Pattern ADMIN_FIELD = Pattern.compile("admins\\[(\\d+)]\\.(email|name)");

  /** The form's label of an API field, e.g. {@code admins[0].email} is "E-mail of admin 1". */
  static String label(String field) {
    Matcher admin = ADMIN_FIELD.matcher(field == null ? "" : field);
    if (admin.matches()) {
      String key = admin.group(2).equals("email") ? "platform.adminEmail" : "platform.adminName";
      return Notices.text(key) + " " + (Integer.parseInt(admin.group(1)) + 1);
    }
    return switch (field == null ? "" : field) {
      case "slug", "name", "kind", "regionCode", "timeZone", "locale", "admins" ->
          Notices.text("platform." + field);
      default -> field;
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public List<String> getKinds() {
    return java.util.Arrays.stream(TenantKind.values())
        .map(k -> k.name().toLowerCase(Locale.ROOT))
        .toList();
  }

  public List<String> getTimeZones() {
    return java.util.Arrays.stream(RegionTimeZone.values()).map(Enum::name).toList();
  }

  public List<AdminRow> getAdmins() {
    return admins;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }
}
