package id.klik.organization.application;

import id.klik.organization.domain.WorkUnit;
import id.klik.organization.infrastructure.WorkUnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Work units as other contexts see them (teams belong to one): looked up without failing, so a
 * caller can turn "unknown" into its own message. Reading only.
 */
@ApplicationScoped
public class WorkUnitDirectory {

  /** A work unit: id, code, name and whether it is active. */
  public record Unit(UUID id, String code, String name, boolean active) {

    static Unit of(WorkUnit w) {
      return new Unit(w.id(), w.code(), w.name(), w.active());
    }
  }

  @Inject WorkUnitRepository units;

  @Transactional
  public Optional<Unit> find(UUID id) {
    return id == null ? Optional.empty() : units.find(id).map(Unit::of);
  }

  @Transactional
  public Optional<Unit> findByCode(String code) {
    return units.findByCode(code).map(Unit::of);
  }

  /** The units among these ids that exist, by id. */
  @Transactional
  public Map<UUID, Unit> byIds(Collection<UUID> ids) {
    return ids.stream()
        .distinct()
        .map(units::find)
        .flatMap(Optional::stream)
        .map(Unit::of)
        .collect(Collectors.toMap(Unit::id, Function.identity()));
  }

  /** The kind of a work unit (e.g. kelurahan), to place its entries in a competition category. */
  @Transactional
  public Optional<String> kindOf(UUID id) {
    return id == null ? Optional.empty() : units.find(id).map(w -> w.kind().name());
  }

  /** The active units, by name, for pickers. */
  @Transactional
  public List<Unit> active() {
    return units.all().stream().filter(WorkUnit::active).map(Unit::of).toList();
  }
}
