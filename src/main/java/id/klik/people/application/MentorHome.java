package id.klik.people.application;

import id.klik.tenancy.application.AcrossTenants;
import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.application.TenantResolution;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mentor's home: every tenant that accepted the mentor, with the teams they mentor there. The
 * platform index names the tenants to look in (one query instead of entering every tenant); each of
 * those is entered through {@link AcrossTenants} (audited) and its own acceptance read, which stays
 * the truth: a tenant whose row is gone does not appear.
 */
@ApplicationScoped
public class MentorHome {

  static final String REASON = "mentor home";

  @Inject MentorIndex index;
  @Inject TenantRegistry registry;
  @Inject AcrossTenants across;
  @Inject MentorInTenant inTenant;

  /** One tenant on the home; {@code teams} empty for the whole clinic. */
  public record Entry(TenantRef tenant, String scope, List<MentorTeams.TeamInfo> teams) {}

  public List<Entry> of(String username) {
    List<TenantRef> tenants = new ArrayList<>();
    for (String slug : index.tenantsOf(username)) {
      if (registry.resolve(slug) instanceof TenantResolution.Found found) {
        tenants.add(found.tenant());
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (AcrossTenants.Outcome<Optional<MentorInTenant.Accepted>> outcome :
        across.forEach(tenants, REASON + " " + username, t -> inTenant.accepted(username))) {
      if (!outcome.failed() && outcome.value().isPresent()) {
        MentorInTenant.Accepted accepted = outcome.value().get();
        entries.add(new Entry(outcome.tenant(), accepted.scope(), accepted.teams()));
      }
    }
    return entries;
  }
}
