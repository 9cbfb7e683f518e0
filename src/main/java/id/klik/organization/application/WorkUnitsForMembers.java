package id.klik.organization.application;

import id.klik.identity.application.MemberWorkUnits;
import id.klik.organization.domain.WorkUnit;
import id.klik.organization.infrastructure.WorkUnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Answers identity's questions about work units, for placing members in them. */
@ApplicationScoped
public class WorkUnitsForMembers implements MemberWorkUnits {

  @Inject WorkUnitRepository units;

  @Override
  @Transactional
  public Optional<String> activeName(UUID id) {
    return units.find(id).filter(WorkUnit::active).map(WorkUnit::name);
  }

  @Override
  @Transactional
  public Optional<UUID> activeByCode(String code) {
    return units.findByCode(code.trim()).filter(WorkUnit::active).map(WorkUnit::id);
  }

  @Override
  @Transactional
  public Map<UUID, String> names() {
    return units.all().stream().collect(Collectors.toMap(WorkUnit::id, WorkUnit::name));
  }
}
