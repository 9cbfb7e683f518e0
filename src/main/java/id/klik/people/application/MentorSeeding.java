package id.klik.people.application;

import id.klik.people.domain.MentorScope;
import id.klik.tenancy.application.TenantSeeding;
import id.klik.tenancy.domain.TenantManifest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Accepts the national mentors a manifest names ({@code mentors:}), after the teams are seeded (the
 * manifest names teams by name). A mentor the tenant accepted already is left as the tenant set
 * them; an unknown mentor or team stops the onboarding with that message.
 */
@ApplicationScoped
public class MentorSeeding {

  /** After the teams' seeding ({@code TeamSeeding}, APPLICATION + 900). */
  static final int AFTER_TEAMS = Interceptor.Priority.APPLICATION + 950;

  @Inject DeclaredMentors declared;
  @Inject MentorAcceptanceService service;
  @Inject MentorTeams teams;

  void seedMentors(@Observes @Priority(AFTER_TEAMS) TenantSeeding seeding) {
    if (seeding.manifest().mentors().isEmpty()) {
      return;
    }
    declared.ensureRegistered();
    for (TenantManifest.AcceptedMentor mentor : seeding.manifest().mentors()) {
      service.acceptIfAbsent(mentor.username(), () -> scopeOf(mentor));
    }
  }

  private MentorScope scopeOf(TenantManifest.AcceptedMentor mentor) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (String name : mentor.teams()) {
      ids.add(
          teams
              .idByName(name)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "mentors: " + mentor.username() + ": no team named '" + name + "'")));
    }
    return new MentorScope(ids);
  }
}
