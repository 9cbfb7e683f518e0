package id.klik.people.application;

import id.klik.people.domain.MentorScope;
import id.klik.people.infrastructure.MentorAcceptanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** One tenant's part of the mentor's home, read inside that tenant in one transaction. */
@ApplicationScoped
public class MentorInTenant {

  @Inject MentorAcceptanceRepository acceptances;
  @Inject MentorTeams teams;

  /** What the current tenant accepted the mentor for. */
  public record Accepted(String scope, List<MentorTeams.TeamInfo> teams) {}

  @Transactional
  public Optional<Accepted> accepted(String username) {
    return acceptances
        .find(username)
        .map(
            a -> {
              MentorScope scope = a.scope();
              return new Accepted(
                  scope.label(),
                  scope.sortedTeams().stream()
                      .map(
                          id ->
                              teams.find(id).orElse(new MentorTeams.TeamInfo(id, null, null, null)))
                      .toList());
            });
  }
}
