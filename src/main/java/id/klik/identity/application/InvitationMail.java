package id.klik.identity.application;

import java.time.Instant;
import java.util.Set;

/**
 * Sends an invitation mail. A port: the mail context (which depends on identity, not the other way
 * round) implements it with its outbox, so the mail is written in the caller's transaction and
 * exists exactly when the invitation does.
 */
public interface InvitationMail {

  /** What the mail says; the link carries the secret token. */
  record Letter(
      String invitationId,
      String recipient,
      String name,
      String username,
      String inviter,
      Set<String> roleKeys,
      String link,
      Instant expiresAt) {}

  /** Queues the mail in the current tenant's outbox, in the tenant's language. */
  void queue(Letter letter);
}
