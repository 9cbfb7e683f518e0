package id.klik.audit.application;

import id.klik.audit.domain.AuditQuery;
import id.klik.audit.domain.AuditRecord;
import id.klik.audit.domain.CsvCell;
import id.klik.audit.infrastructure.AuditRecordRepository;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.domain.DisplayTime;
import id.klik.shared.domain.Page;
import id.klik.tenancy.application.TenantTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The current tenant's audit trail for those who may read it ({@link Permission#AUDIT_VIEW}): a
 * page at a time, or the whole filtered trail as CSV, written while it is read.
 */
@ApplicationScoped
public class AuditLogService {

  static final int BATCH = 500;

  @Inject AuditRecordRepository records;
  @Inject Permissions permissions;

  /** Fails with 403 unless the caller may read the trail; ask before a response starts. */
  public void requireReader() {
    permissions.require(Permission.AUDIT_VIEW);
  }

  /** Reads the filters in the tenant's zone (see {@link AuditQuery#of}). */
  public AuditQuery query(String actor, String type, String fromDay, String toDay) {
    return AuditQuery.of(actor, type, fromDay, toDay, TenantTime.display().zone());
  }

  @Transactional
  public Page<AuditRecord> search(AuditQuery query, int page, int size) {
    requireReader();
    return records.search(query, Math.max(0, page), Page.size(size));
  }

  @Transactional
  public List<String> types() {
    requireReader();
    return records.types();
  }

  /**
   * Writes the filtered trail as CSV (UTF-8 with a byte order mark, so spreadsheets read the
   * accents), newest first, times in the tenant's zone, batch by batch.
   */
  @Transactional
  public void writeCsv(AuditQuery query, OutputStream out) {
    requireReader();
    DisplayTime time = TenantTime.display();
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      w.write('\uFEFF');
      w.write(CsvCell.line("time", "actor", "action", "type", "object", "details"));
      AuditRecord last = null;
      while (true) {
        List<AuditRecord> batch = records.batchAfter(query, last, BATCH);
        for (AuditRecord r : batch) {
          w.write(
              CsvCell.line(
                  time.format(r.at()),
                  r.actor(),
                  r.action(),
                  r.entity(),
                  r.entityId(),
                  r.details()));
        }
        w.flush();
        if (batch.size() < BATCH) {
          break;
        }
        last = batch.get(batch.size() - 1);
        records.clear();
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
