package id.klik.consultation.web;

import id.klik.consultation.application.MentorAgenda;
import id.klik.identity.application.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The consultations part of the national mentor's home ({@code /mentor/}). */
@Named
@RequestScoped
public class MentorAgendaPage {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");

  @Inject MentorAgenda agenda;
  @Inject CurrentUser currentUser;

  private List<Line> lines;

  /** One consultation, in the tenant's own zone. */
  public record Line(
      String tenantSlug, String tenantName, String when, String team, String topic) {}

  public List<Line> getLines() {
    if (lines == null) {
      lines =
          currentUser
              .user()
              .filter(u -> u.isNationalMentor())
              .map(
                  u ->
                      agenda.of(u.username()).stream()
                          .flatMap(
                              t ->
                                  t.next().stream()
                                      .map(
                                          n ->
                                              new Line(
                                                  t.tenant().slug(),
                                                  t.tenant().name(),
                                                  SHOWN.format(
                                                          n.startsAt()
                                                              .atZone(t.tenant().timeZone().zone()))
                                                      + " "
                                                      + t.tenant().timeZone().name(),
                                                  n.team(),
                                                  n.topic())))
                          .toList())
              .orElse(List.of());
    }
    return lines;
  }
}
