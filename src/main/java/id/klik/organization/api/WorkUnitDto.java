package id.klik.organization.api;

import id.klik.organization.domain.WorkUnit;
import java.util.UUID;

/** A work unit as the API shows it. */
public record WorkUnitDto(
    UUID id, String code, String name, String kind, UUID parentId, boolean active, long version) {

  static WorkUnitDto of(WorkUnit u) {
    return new WorkUnitDto(
        u.id(), u.code(), u.name(), u.kind().name(), u.parentId(), u.active(), u.version());
  }
}
