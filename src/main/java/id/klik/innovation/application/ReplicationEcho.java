package id.klik.innovation.application;

import java.util.UUID;

/**
 * What the other side of a link is told after a change: an audit line in its trail and a mail to
 * its clinic admins.
 *
 * @param action the audit action, e.g. {@code REPLICATION_CONFIRMED}
 * @param mail the mail template's key (a {@code replication-*} template)
 */
public record ReplicationEcho(
    UUID linkId,
    String otherTenant,
    String action,
    String description,
    String mail,
    String actingRegion,
    String ownInnovation,
    String otherInnovation,
    UUID receiverInnovationId) {}
