package id.klik.people.application;

import id.klik.people.domain.MentorProfile;
import id.klik.people.infrastructure.MentorFile;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantsReconciled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Registers the national mentors declared in {@code tenants/_platform/national-mentors.yaml}:
 * before a tenant's manifest accepts one (the seeding asks), and after every reconcile. Mentors
 * registered already are left as they are; nothing is removed.
 */
@ApplicationScoped
public class DeclaredMentors {

  private static final Logger LOG = Logger.getLogger(DeclaredMentors.class.getName());

  @Inject KlikConfig config;
  @Inject NationalMentorRegistry registry;

  private volatile boolean registered;

  /** Registers the declared mentors once per start (again after a failure). */
  public void ensureRegistered() {
    if (registered) {
      return;
    }
    synchronized (this) {
      if (!registered) {
        for (MentorProfile mentor : MentorFile.read(config.tenantsDir())) {
          registry.ensure(mentor);
        }
        registered = true;
      }
    }
  }

  void afterReconcile(@Observes TenantsReconciled reconciled) {
    try {
      registered = false;
      ensureRegistered();
    } catch (RuntimeException e) {
      LOG.warning(() -> MentorFile.FILE + " not applied: " + e);
    }
  }
}
