package id.klik.innovation.application;

import id.klik.innovation.infrastructure.ReplicationRepository;
import id.klik.shared.audit.AuditSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * How many regions replicated an innovation of the current tenant: the distinct tenants with a
 * confirmed link. The index's Replikasi indicator reads it.
 */
@ApplicationScoped
public class ReplicationCounts {

  @Inject ReplicationRepository links;
  @Inject AuditSubject subject;

  @Transactional
  public long regionsReplicating(UUID innovationId) {
    return links.regionsReplicating(subject.tenant(), innovationId);
  }
}
