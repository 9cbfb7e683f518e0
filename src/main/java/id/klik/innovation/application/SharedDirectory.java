package id.klik.innovation.application;

import id.klik.innovation.domain.replication.SharedInnovation;
import id.klik.innovation.infrastructure.ReplicationRepository;
import id.klik.innovation.infrastructure.SharedDirectoryRepository;
import id.klik.shared.audit.AuditSubject;
import id.klik.shared.domain.Page;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The directory of shared innovations: kept current in the transaction of every save of an
 * innovation (a shared one is shown with its current name, stage, affair and summary; an unshared
 * one is removed), and searched by the other tenants. It shows nothing but those fields.
 */
@ApplicationScoped
public class SharedDirectory {

  @Inject SharedDirectoryRepository directory;
  @Inject ReplicationRepository links;
  @Inject AuditSubject subject;

  /** An entry of the directory as another tenant sees it. */
  public record Entry(
      String tenant,
      java.util.UUID innovationId,
      String name,
      String region,
      String primaryAffair,
      String stage,
      String summary) {
    static Entry of(SharedInnovation s) {
      return new Entry(
          s.tenant(),
          s.innovationId(),
          s.name(),
          s.region(),
          s.primaryAffair(),
          s.stage(),
          s.summary());
    }
  }

  /** Runs inside the save's transaction: the directory changes exactly when the innovation does. */
  void onSaved(@Observes InnovationSaved saved) {
    InnovationRef ref = saved.ref();
    String tenant = subject.tenant();
    var entry = directory.find(tenant, ref.id());
    if (ref.shared()) {
      SharedInnovation shown = entry.orElseGet(() -> new SharedInnovation(tenant, ref.id()));
      shown.show(
          ref.name(),
          TenantContext.require().name(),
          ref.primaryAffair(),
          ref.stage(),
          saved.summary());
      directory.store(shown);
    } else {
      entry.ifPresent(directory::remove);
    }
    links.ofInnovation(tenant, ref.id()).forEach(l -> l.renamed(tenant, ref.id(), ref.name()));
  }

  /** Other tenants' shared innovations, by name; {@code q} searches the name. */
  @Transactional
  public Page<Entry> search(String q, String affair, int page, int size) {
    return directory
        .search(new SharedDirectoryRepository.Filter(subject.tenant(), q, affair), page, size)
        .map(Entry::of);
  }

  /** The primary affairs of other tenants' shared innovations, for the directory's filter. */
  @Transactional
  public List<String> affairs() {
    return directory.affairs(subject.tenant());
  }
}
