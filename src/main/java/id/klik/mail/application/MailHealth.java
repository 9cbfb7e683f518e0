package id.klik.mail.application;

import id.klik.mail.infrastructure.SmtpMailer;
import id.klik.tenancy.application.TenantJobRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness entry {@code mail}: always UP (mail never blocks serving pages: the outbox keeps every
 * message), with data saying whether SMTP is configured and how the last outbox round went, so an
 * operator sees at once that mail is off or failing.
 */
@ApplicationScoped
public class MailHealth {

  @Inject SmtpMailer mailer;
  @Inject OutboxDelivery delivery;

  @Produces
  @Readiness
  HealthCheck mail() {
    return () -> {
      var builder =
          HealthCheckResponse.named("mail")
              .up()
              .withData("smtp", mailer.describe())
              .withData(
                  "outbox",
                  mailer.configured() ? "delivered in the background" : "queued, SMTP not set");
      TenantJobRunner.Report last = delivery.lastRound();
      if (last != null) {
        builder.withData("tenantsFailingLastRound", last.failed());
      }
      return builder.build();
    };
  }
}
