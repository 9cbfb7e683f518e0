package id.klik.mail.application;

import id.klik.mail.domain.MailAttachment;
import id.klik.mail.domain.MailLanguage;
import id.klik.mail.infrastructure.MailTemplates;
import id.klik.mail.infrastructure.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Queues mail for the current tenant. It writes to the tenant's outbox inside the caller's
 * transaction (MANDATORY: without one there is no change for the message to belong to), so the
 * message exists exactly when the change does; the outbox job sends it later. The template is
 * rendered once here, so a missing value fails the change that asked for the mail instead of the
 * sender much later.
 */
@ApplicationScoped
public class Notifier {

  @Inject OutboxRepository outbox;

  /**
   * Queues one message. The idempotency key names the cause (e.g. {@code welcome:<user>}); the same
   * cause queues nothing a second time. Answers whether a message was queued.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean queue(
      String idempotencyKey,
      String recipient,
      String languageTag,
      String templateKey,
      Map<String, String> parameters) {
    return queue(idempotencyKey, recipient, languageTag, templateKey, parameters, null);
  }

  /**
   * Queues one message with a file attached (e.g. an invitation's {@code .ics}); {@code attachment}
   * may be null.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean queue(
      String idempotencyKey,
      String recipient,
      String languageTag,
      String templateKey,
      Map<String, String> parameters,
      MailAttachment attachment) {
    String language = MailLanguage.of(languageTag);
    MailTemplates.find(templateKey, language).render(parameters);
    return outbox.append(idempotencyKey, recipient, language, templateKey, parameters, attachment);
  }
}
