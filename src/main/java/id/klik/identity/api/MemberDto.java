package id.klik.identity.api;

import id.klik.identity.domain.Membership;
import id.klik.identity.domain.TenantRole;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A member as the API shows them; roles spelled {@code clinic-admin}, status {@code PENDING},
 * {@code ACTIVE} or {@code INACTIVE}.
 */
public record MemberDto(
    UUID id,
    String username,
    String email,
    String name,
    List<String> roles,
    String status,
    UUID workUnitId,
    String workUnitName,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static MemberDto of(Membership m, Map<UUID, String> workUnitNames) {
    return new MemberDto(
        m.id(),
        m.username(),
        m.email(),
        m.displayName(),
        m.roles().stream().map(TenantRole::label).sorted().toList(),
        m.status().name(),
        m.workUnitId(),
        m.workUnitId() == null ? null : workUnitNames.get(m.workUnitId()),
        m.createdAt(),
        m.updatedAt());
  }
}
