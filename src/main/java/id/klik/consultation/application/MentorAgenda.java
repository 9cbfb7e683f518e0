package id.klik.consultation.application;

import id.klik.people.application.MentorIndex;
import id.klik.tenancy.application.AcrossTenants;
import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.application.TenantResolution;
import id.klik.tenancy.domain.TenantModule;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * A national mentor's next consultations in every tenant that accepted them (with consultations
 * switched on), for the mentor's home: each tenant entered through {@link AcrossTenants} (audited),
 * its own acceptance checked there.
 */
@ApplicationScoped
public class MentorAgenda {

  static final int PER_TENANT = 5;

  @Inject MentorIndex index;
  @Inject TenantRegistry registry;
  @Inject AcrossTenants across;
  @Inject MentorConsultations consultations;

  /** One tenant's next consultations. */
  public record InTenant(TenantRef tenant, List<MentorConsultations.Next> next) {}

  public List<InTenant> of(String username) {
    List<TenantRef> tenants = new ArrayList<>();
    for (String slug : index.tenantsOf(username)) {
      if (registry.resolve(slug) instanceof TenantResolution.Found found
          && found.tenant().enabled(TenantModule.CONSULTATIONS)) {
        tenants.add(found.tenant());
      }
    }
    List<InTenant> out = new ArrayList<>();
    for (AcrossTenants.Outcome<List<MentorConsultations.Next>> o :
        across.forEach(
            tenants,
            "mentor consultations " + username,
            t -> consultations.next(username, PER_TENANT))) {
      if (!o.failed() && !o.value().isEmpty()) {
        out.add(new InTenant(o.tenant(), o.value()));
      }
    }
    return out;
  }
}
