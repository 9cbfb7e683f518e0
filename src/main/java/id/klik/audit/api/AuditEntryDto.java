package id.klik.audit.api;

import id.klik.audit.domain.AuditRecord;
import id.klik.shared.domain.DisplayTime;
import java.time.OffsetDateTime;

/**
 * One line of the audit trail as the API shows it.
 *
 * @param at the instant, ISO-8601 in UTC
 * @param localTime the same instant as the tenant's people read it, e.g. {@code 2026-12-01 10:05
 *     WIB}
 * @param type the kind of object written (e.g. {@code work_unit}, {@code team})
 */
public record AuditEntryDto(
    OffsetDateTime at,
    String localTime,
    String actor,
    String action,
    String type,
    String objectId,
    String details) {

  static AuditEntryDto of(AuditRecord r, DisplayTime time) {
    return new AuditEntryDto(
        r.at(), time.format(r.at()), r.actor(), r.action(), r.entity(), r.entityId(), r.details());
  }
}
