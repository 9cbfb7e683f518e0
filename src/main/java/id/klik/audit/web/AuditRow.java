package id.klik.audit.web;

import id.klik.audit.domain.AuditRecord;
import id.klik.shared.domain.DisplayTime;
import java.io.Serializable;
import java.util.UUID;

/** One audit line as the page shows it, its time in the tenant's zone. */
public record AuditRow(
    UUID id, String time, String actor, String action, String type, String objectId, String details)
    implements Serializable {

  static AuditRow of(AuditRecord r, DisplayTime zone) {
    return new AuditRow(
        r.id(), zone.format(r.at()), r.actor(), r.action(), r.entity(), r.entityId(), r.details());
  }
}
