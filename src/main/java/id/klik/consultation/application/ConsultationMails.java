package id.klik.consultation.application;

import id.klik.calendar.application.CalendarEvent;
import id.klik.calendar.application.CalendarMail;
import id.klik.consultation.domain.Consultation;
import id.klik.identity.application.MemberDirectory;
import id.klik.mail.application.Notifier;
import id.klik.people.application.TeamView;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.application.TenantTime;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notices of a consultation, through the outbox in the change's own transaction: the team's
 * members and the mentor (for a clinic consultation, the clinic admins) hear of the request, the
 * confirmation, a move and a cancellation; both get a reminder the day before. Each notice's
 * idempotency key names the consultation, the event and its sequence, so a notice goes out once.
 */
@ApplicationScoped
public class ConsultationMails {

  public static final String REQUESTED = "consultation-requested";
  public static final String CONFIRMED = "consultation-confirmed";
  public static final String MOVED = "consultation-moved";
  public static final String CANCELLED = "consultation-cancelled";
  public static final String REMINDER = "consultation-reminder";

  @Inject Notifier notifier;
  @Inject CalendarMail calendarMail;
  @Inject ConsultationCalendar calendar;
  @Inject MemberDirectory members;
  @Inject KlikConfig config;

  /** Sends the template to everyone concerned; answers how many were queued. */
  int send(String template, Consultation c, TeamView team, Mentors.Mentor mentor) {
    TenantRef tenant = TenantContext.require();
    Map<String, String> recipients = new LinkedHashMap<>();
    for (TeamView.Member m : team.members()) {
      members
          .contact(m.username())
          .filter(ct -> ct.email() != null && !ct.email().isBlank())
          .ifPresent(ct -> recipients.putIfAbsent(ct.email(), ct.name()));
    }
    if (mentor != null) {
      if (mentor.email() != null && !mentor.email().isBlank()) {
        recipients.putIfAbsent(mentor.email(), mentor.name());
      }
    } else {
      members.clinicAdmins().forEach(a -> recipients.putIfAbsent(a.email(), a.name()));
    }
    String when = c.slot().map(s -> TenantTime.format(s.start())).orElse("-");
    String url =
        config.publicUrl().orElse("") + "/t/" + tenant.slug() + "/consultations?id=" + c.id();
    // with a slot, the mail carries the event: an invitation, an update, or its cancellation
    CalendarEvent event = c.slot().isPresent() ? calendar.event(c) : null;
    int queued = 0;
    for (Map.Entry<String, String> r : recipients.entrySet()) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("name", r.getValue());
      p.put("tenantName", tenant.name());
      p.put("team", team.name());
      p.put("topic", c.topic());
      p.put("mentor", mentor == null ? "Klinik" : mentor.name());
      p.put("when", when);
      p.put("minutes", Integer.toString(c.minutes()));
      p.put("url", url);
      String key =
          "consultation:" + c.id() + ":" + template + ":" + c.sequence() + ":" + r.getKey();
      boolean sent;
      if (event == null) {
        sent = notifier.queue(key, r.getKey(), tenant.locale(), template, p);
      } else if (event.cancelled()) {
        sent =
            calendarMail.cancel(
                key, r.getKey(), tenant.locale(), template, p, event, tenant.timeZone().zone());
      } else {
        sent =
            calendarMail.invite(
                key, r.getKey(), tenant.locale(), template, p, event, tenant.timeZone().zone());
      }
      if (sent) {
        queued++;
      }
    }
    return queued;
  }
}
