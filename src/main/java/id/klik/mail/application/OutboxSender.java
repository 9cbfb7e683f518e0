package id.klik.mail.application;

import id.klik.mail.domain.RenderedMail;
import id.klik.mail.domain.RetryPolicy;
import id.klik.mail.infrastructure.JdbcOutboxClaims;
import id.klik.mail.infrastructure.MailTemplates;
import id.klik.mail.infrastructure.SmtpMailer;
import id.klik.shared.infrastructure.PlatformDatabase;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers the current tenant's due outbox messages: claim (committed), send, mark sent. A failed
 * send is queued again with backoff, or FAILED when its attempts are used up. A message is never
 * sent twice by design; the one window left (a crash after the SMTP server accepted it and before
 * the mark) repeats it with the same Message-ID once the claim's lease runs out.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 50;

  @Inject PlatformDatabase store;
  @Inject SmtpMailer mailer;

  RetryPolicy policy = RetryPolicy.DEFAULT;

  /**
   * Sends what is due now; answers how many were sent. When some could not be sent (each is already
   * queued again or FAILED), it throws after the batch, so the tenant's job run records the
   * failure.
   */
  public int deliverDue() {
    JdbcOutboxClaims claims = new JdbcOutboxClaims(store.dataSource());
    int sent = 0;
    String lastError = null;
    List<JdbcOutboxClaims.Claimed> batch = claims.claimDue(BATCH, policy.lease());
    for (JdbcOutboxClaims.Claimed message : batch) {
      String error = deliver(claims, message);
      if (error == null) {
        sent++;
      } else {
        lastError = error;
      }
    }
    if (lastError != null) {
      throw new IllegalStateException(
          (batch.size() - sent) + " of " + batch.size() + " messages not sent: " + lastError);
    }
    return sent;
  }

  /** Answers null when sent, otherwise the error. */
  private String deliver(JdbcOutboxClaims claims, JdbcOutboxClaims.Claimed m) {
    String slug = TenantContext.require().slug();
    try {
      RenderedMail mail = MailTemplates.find(m.templateKey(), m.language()).render(m.parameters());
      mailer.send(m.id(), m.recipient(), mail, m.attachment());
    } catch (Exception e) {
      String error = e.getMessage() == null ? e.toString() : e.getMessage();
      Optional<Instant> next = policy.nextAttempt(m.attempt(), Instant.now());
      if (next.isPresent()) {
        claims.markRetry(m.id(), next.get(), error);
      } else {
        claims.markFailed(m.id(), error);
      }
      LOG.warning(
          () ->
              "tenant="
                  + slug
                  + " mail "
                  + m.id()
                  + " attempt "
                  + m.attempt()
                  + (next.isPresent() ? " failed, retry at " + next.get() : " failed for good")
                  + ": "
                  + error);
      return error;
    }
    claims.markSent(m.id());
    return null;
  }
}
