package id.klik.people.web;

import id.klik.identity.application.CurrentUser;
import id.klik.people.application.MentorHome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Wires the mentor's home ({@code /mentor/}) to {@link MentorHome}: every tenant that accepted the
 * logged-in national mentor, with links into each (the session's login already names all their
 * organizations, so no second login).
 */
@Named
@RequestScoped
public class MentorHomePage {

  @Inject MentorHome home;
  @Inject CurrentUser currentUser;

  private List<MentorHome.Entry> entries;

  public List<MentorHome.Entry> getTenants() {
    if (entries == null) {
      entries =
          currentUser
              .user()
              .filter(u -> u.isNationalMentor())
              .map(u -> home.of(u.username()))
              .orElse(List.of());
    }
    return entries;
  }

  /** The teams of an entry as one line, "name (work unit)". */
  public String teams(MentorHome.Entry entry) {
    return entry.teams().stream()
        .map(
            t ->
                (t.name() == null ? t.id().toString() : t.name())
                    + (t.workUnitName() == null ? "" : " (" + t.workUnitName() + ")"))
        .collect(Collectors.joining(", "));
  }
}
