package id.klik.innovation.application;

import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.domain.FacetCount;
import id.klik.innovation.domain.GovernmentAffairs;
import id.klik.innovation.domain.InnovationFilter;
import id.klik.innovation.domain.InnovationSummary;
import id.klik.innovation.infrastructure.InnovationSearchRepository;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The portfolio list: words searched in both languages, filters, a page of hits and the counts per
 * filter value, with the names that make ids readable. Every member of the tenant reads every
 * innovation.
 */
@ApplicationScoped
public class InnovationSearch {

  /** The largest page the list serves. */
  public static final int MAX_SIZE = 100;

  /** One hit with its work unit's and team's names. */
  public record Hit(InnovationSummary innovation, String workUnitName, String teamName) {}

  /**
   * A filter value with its count; {@code label} is the work unit's, team's or affair's name, null
   * for codes that the message bundle names (stage, kind, form, status) and for years.
   */
  public record Facet(String value, LocalizedText label, long count) {}

  /** A page of hits and the facets of the whole search. */
  public record Result(Page<Hit> page, Map<String, List<Facet>> facets) {}

  @Inject InnovationSearchRepository repository;
  @Inject WorkUnitDirectory workUnits;
  @Inject TeamDirectory teams;
  @Inject Permissions permissions;

  /** Reads a caller's parameters; unknown codes and units answer 400 naming each. */
  @Transactional
  public InnovationFilter filter(InnovationFilter.Raw raw) {
    return InnovationFilter.parse(
        raw,
        GovernmentAffairs.master()::known,
        code -> workUnits.findByCode(code).map(WorkUnitDirectory.Unit::id));
  }

  @Transactional
  public Result search(InnovationFilter filter, int page, int size) {
    permissions.require(Permission.VIEW);
    int pageSize = Math.min(Math.max(1, size), MAX_SIZE);
    int pageNumber = Math.max(0, page);
    List<InnovationSummary> found = repository.page(filter, pageNumber, pageSize);
    long total = repository.count(filter);
    Map<String, List<FacetCount>> counts = repository.facets(filter);
    Set<UUID> unitIds = new HashSet<>();
    found.forEach(i -> unitIds.add(i.workUnitId()));
    counts.get("workUnit").forEach(c -> unitIds.add(UUID.fromString(c.value())));
    Map<UUID, WorkUnitDirectory.Unit> units = workUnits.byIds(unitIds);
    Map<UUID, String> teamNames = new LinkedHashMap<>();
    teams.all().forEach(t -> teamNames.put(t.id(), t.name()));
    List<Hit> hits = new ArrayList<>();
    for (InnovationSummary i : found) {
      WorkUnitDirectory.Unit unit = units.get(i.workUnitId());
      hits.add(
          new Hit(
              i,
              unit == null ? null : unit.name(),
              i.teamId() == null ? null : teamNames.get(i.teamId())));
    }
    Map<String, List<Facet>> facets = new LinkedHashMap<>();
    counts.forEach(
        (name, values) ->
            facets.put(
                name,
                values.stream()
                    .map(
                        c ->
                            new Facet(
                                c.value(), label(name, c.value(), units, teamNames), c.count()))
                    .toList()));
    return new Result(new Page<>(hits, pageNumber, pageSize, total), facets);
  }

  private static LocalizedText label(
      String facet,
      String value,
      Map<UUID, WorkUnitDirectory.Unit> units,
      Map<UUID, String> teams) {
    return switch (facet) {
      case "workUnit" -> {
        WorkUnitDirectory.Unit u = units.get(UUID.fromString(value));
        yield u == null ? null : LocalizedText.of(u.name());
      }
      case "team" -> {
        String name = teams.get(UUID.fromString(value));
        yield name == null ? null : LocalizedText.of(name);
      }
      case "affair" -> GovernmentAffairs.master().find(value).map(a -> a.name()).orElse(null);
      default -> null;
    };
  }
}
