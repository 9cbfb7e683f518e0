package id.klik.people.application;

import id.klik.identity.application.NationalMentorAccounts;
import id.klik.people.domain.MentorProfile;
import id.klik.people.domain.NationalMentor;
import id.klik.people.infrastructure.NationalMentorRepository;
import id.klik.shared.domain.ConflictException;
import id.klik.tenancy.application.PlatformAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The platform's national mentors. Registering one finds or creates their Keycloak account (a new
 * account gets Keycloak's mail to set a password), grants the realm role {@code national-mentor}
 * and stores the mentor; a username or e-mail registered already is a conflict. The platform audit
 * names who registered whom.
 */
@ApplicationScoped
public class NationalMentorRegistry {

  @Inject NationalMentorRepository repository;
  @Inject NationalMentorAccounts accounts;
  @Inject PlatformAudit audit;

  @Transactional
  public List<NationalMentor> all() {
    return repository.all();
  }

  @Transactional
  public Optional<NationalMentor> find(String username) {
    return repository.find(username);
  }

  /** Registers a new mentor; the caller has been checked to be a platform admin. */
  @Transactional
  public NationalMentor register(MentorProfile profile, String actor) {
    if (repository.find(profile.username()).isPresent()
        || repository.findByEmail(profile.email()).isPresent()) {
      throw new ConflictException("mentor.duplicate", profile.username());
    }
    return store(profile, actor);
  }

  /** Registers the mentor unless registered already (start-up, from the declared file). */
  @Transactional
  public NationalMentor ensure(MentorProfile profile) {
    return repository.find(profile.username()).orElseGet(() -> store(profile, "system"));
  }

  private NationalMentor store(MentorProfile profile, String actor) {
    String userId = accounts.ensureAccount(profile.username(), profile.email(), profile.name());
    NationalMentor mentor = new NationalMentor(profile, userId, actor);
    repository.store(mentor);
    audit.record(actor, "MENTOR_REGISTERED", profile.username() + " " + profile.institution());
    return mentor;
  }
}
