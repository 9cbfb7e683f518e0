package id.klik.people.application;

import id.klik.people.infrastructure.MentorAcceptanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The platform's index of acceptances: which tenants to look in for a mentor. */
@ApplicationScoped
public class MentorIndex {

  @Inject MentorAcceptanceRepository acceptances;

  @Transactional
  public List<String> tenantsOf(String username) {
    return acceptances.indexedTenants(username);
  }
}
