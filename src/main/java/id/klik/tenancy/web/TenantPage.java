package id.klik.tenancy.web;

import id.klik.shared.domain.KlikException;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.ApiTenants;
import id.klik.tenancy.application.PlatformCaller;
import id.klik.tenancy.domain.OnboardingStep;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantModule;
import id.klik.tenancy.domain.TenantProgress;
import id.klik.tenancy.domain.TenantSettings;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One tenant in the console: its onboarding progress (refreshed by a poll until it is done or
 * stopped) and, for a tenant created through the console or API, its settings form. A tenant with a
 * {@code tenants/} folder shows that its settings live there.
 */
@Named
@ViewScoped
public class TenantPage implements Serializable {

  @Inject transient ApiTenants tenants;
  @Inject transient PlatformCaller currentUser;

  private String slug;
  private TenantProgress tenant;
  private String name;
  private String timeZone;
  private String locale;
  private List<String> modules = new ArrayList<>();
  private String primaryColor;

  @jakarta.annotation.PostConstruct
  void guard() {
    currentUser.requirePlatformAdmin();
  }

  /** Reads the tenant named by the view parameter and fills the settings form. */
  public void load() {
    tenant = tenants.get(slug == null ? "" : slug);
    fill();
  }

  /** Called by the poll while onboarding runs. */
  public void refresh() {
    tenant = tenants.get(slug);
    fill();
  }

  private void fill() {
    name = tenant.name();
    timeZone = tenant.timeZone();
    locale = tenant.locale();
    modules =
        tenant.modules().size() == TenantModule.values().length
            ? new ArrayList<>()
            : new ArrayList<>(tenant.modules());
    primaryColor = tenant.primaryColor();
  }

  public void save() {
    try {
      tenant =
          tenants.changeSettings(
              slug,
              new TenantSettings(
                  name, timeZone, locale, modules, primaryColor == null ? "" : primaryColor));
      fill();
      Notices.info("platform.saved");
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  /** Whether the poll keeps going: onboarding neither done nor stopped. */
  public boolean isOnboarding() {
    return tenant != null && !tenant.isFinished() && !tenant.isFailed();
  }

  public boolean reached(OnboardingStep step) {
    return tenant != null && tenant.onboardingStep().reached(step);
  }

  public List<OnboardingStep> getSteps() {
    return Arrays.asList(OnboardingStep.values());
  }

  public List<String> getTimeZones() {
    return Arrays.stream(RegionTimeZone.values()).map(Enum::name).toList();
  }

  public List<String> getModuleCodes() {
    return Arrays.stream(TenantModule.values()).map(TenantModule::code).toList();
  }

  public TenantProgress getTenant() {
    return tenant;
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

  public List<String> getModules() {
    return modules;
  }

  public void setModules(List<String> modules) {
    this.modules = modules;
  }

  public String getPrimaryColor() {
    return primaryColor;
  }

  public void setPrimaryColor(String primaryColor) {
    this.primaryColor = primaryColor;
  }
}
