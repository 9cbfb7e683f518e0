package id.klik.people.application;

import id.klik.tenancy.application.TenantSeeding;
import id.klik.tenancy.domain.TenantManifest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Ensures the teams a tenant's manifest names ({@code teams:}). Runs after the manifest's members
 * exist (onboarding's members step comes before its seed step). A team that exists already, by name
 * in its work unit, is left exactly as the clinic keeps it.
 */
@ApplicationScoped
public class TeamSeeding {

  @Inject TeamService teams;

  /** After the default observers, so the work units of a fresh tenant are seeded already. */
  void seedTeams(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 900) TenantSeeding seeding) {
    for (TenantManifest.Team team : seeding.manifest().teams()) {
      teams.seedIfMissing(team.name(), team.workUnit(), team.leader(), team.members());
    }
  }
}
