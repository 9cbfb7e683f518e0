package id.klik.calendar.application;

import id.klik.mail.application.Notifier;
import id.klik.mail.domain.MailAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Map;

/**
 * Mails an event through the tenant's outbox, its {@code .ics} attached: an invitation or update
 * ({@code METHOD:REQUEST}, same UID, higher SEQUENCE) or a cancellation ({@code METHOD:CANCEL}).
 * Like {@link Notifier}, it writes in the caller's transaction. The idempotency key should name the
 * event's uid, sequence and recipient, so the same change mails each person once.
 */
@ApplicationScoped
public class CalendarMail {

  @Inject Notifier notifier;
  @Inject Ics ics;

  /** Queues an invitation or an update of the event. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean invite(
      String idempotencyKey,
      String recipient,
      String languageTag,
      String templateKey,
      Map<String, String> parameters,
      CalendarEvent event,
      ZoneId zone) {
    MailAttachment file =
        new MailAttachment("invite.ics", Ics.contentType("REQUEST"), ics.request(event, zone));
    return notifier.queue(idempotencyKey, recipient, languageTag, templateKey, parameters, file);
  }

  /** Queues the event's cancellation. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean cancel(
      String idempotencyKey,
      String recipient,
      String languageTag,
      String templateKey,
      Map<String, String> parameters,
      CalendarEvent event,
      ZoneId zone) {
    MailAttachment file =
        new MailAttachment("cancel.ics", Ics.contentType("CANCEL"), ics.cancel(event, zone));
    return notifier.queue(idempotencyKey, recipient, languageTag, templateKey, parameters, file);
  }
}
