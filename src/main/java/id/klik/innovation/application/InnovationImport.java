package id.klik.innovation.application;

import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.domain.GovernmentAffairs;
import id.klik.innovation.domain.ImportProblems;
import id.klik.innovation.domain.ImportRow;
import id.klik.innovation.domain.ImportSheet;
import id.klik.innovation.domain.InnovationRules;
import id.klik.innovation.infrastructure.InnovationSearchRepository;
import id.klik.innovation.infrastructure.SheetReader;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports existing innovations from a spreadsheet in the export's columns, all or nothing: every
 * row is checked by the profile's own rules ({@link InnovationRules}) and against the tenant's work
 * units, teams and names first, every problem reported with its line and column; only a clean file
 * is written, through {@link InnovationService} (its rules, audit and history), in one transaction.
 */
@ApplicationScoped
public class InnovationImport {

  @Inject InnovationService service;
  @Inject InnovationSearchRepository repository;
  @Inject WorkUnitDirectory workUnits;
  @Inject TeamDirectory teams;
  @Inject Permissions permissions;

  /** An import by a clinic admin or staff; a name that exists in its work unit is a problem. */
  @Transactional
  public ImportReport importFile(InputStream file) {
    permissions.require(Permission.INNOVATIONS_WRITE);
    List<Planned> plan = plan(SheetReader.read(file), false);
    for (Planned p : plan) {
      if (!p.skip()) {
        create(p, () -> service.create(p.input()));
      }
    }
    return report(plan);
  }

  /**
   * A manifest's seed: the same rules, rows whose name exists in their work unit skipped, so a
   * reconcile runs it again without harm. Onboarding runs outside any request: a request context is
   * opened for the service's request-scoped collaborators (the writer is then "system").
   */
  @ActivateRequestContext
  @Transactional
  public ImportReport seed(InputStream file) {
    List<Planned> plan = plan(SheetReader.read(file), true);
    for (Planned p : plan) {
      if (!p.skip()) {
        create(p, () -> service.seedIfMissing(p.input()));
      }
    }
    return report(plan);
  }

  private record Planned(int line, InnovationInput input, boolean skip) {}

  private static ImportReport report(List<Planned> plan) {
    int skipped = (int) plan.stream().filter(Planned::skip).count();
    return new ImportReport(plan.size() - skipped, skipped);
  }

  /** A write that still fails (a race with another writer) names its line; nothing is kept. */
  private static void create(Planned p, Runnable write) {
    try {
      write.run();
    } catch (ValidationException e) {
      throw new ValidationException(
          e.problems().stream().map(x -> ImportProblems.atLine(p.line(), x)).toList());
    } catch (KlikException e) {
      throw new ValidationException(
          List.of(FieldProblem.atLine(p.line(), "name", e.messageKey(), e.args())));
    }
  }

  private List<Planned> plan(ImportSheet sheet, boolean skipExisting) {
    List<FieldProblem> problems = new ArrayList<>(sheet.problems());
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    if (sheet.rows().isEmpty()) {
      throw ValidationException.of("file", "innovation.import.empty");
    }
    Map<String, Optional<UUID>> unitIds = new HashMap<>();
    Map<UUID, Map<String, UUID>> teamsByUnit = teamsByUnit();
    LocalDate today = LocalDate.now(TenantTime.display().zone());
    Map<String, Integer> firstLineOfName = new HashMap<>();
    List<ImportRow> rows = sheet.rows();
    List<InnovationInput> inputs = new ArrayList<>();
    for (ImportRow row : rows) {
      ImportRowReader reader = new ImportRowReader(row);
      String unitCode = row.get("work_unit");
      UUID unitId = null;
      if (unitCode != null) {
        unitId =
            unitIds
                .computeIfAbsent(
                    unitCode, c -> workUnits.findByCode(c).map(WorkUnitDirectory.Unit::id))
                .orElse(null);
        if (unitId == null) {
          reader.problem("work_unit", "innovation.import.workUnitUnknown", unitCode);
        }
      }
      UUID teamId = null;
      String teamName = row.get("team");
      if (teamName != null && unitId != null) {
        teamId = teamsByUnit.getOrDefault(unitId, Map.of()).get(teamName.toLowerCase(Locale.ROOT));
        if (teamId == null) {
          reader.problem("team", "innovation.import.teamUnknown", teamName, unitCode);
        }
      }
      InnovationInput input = reader.input(unitId, teamId);
      for (FieldProblem p :
          InnovationRules.check(input.profile(), GovernmentAffairs.master(), today)) {
        if (!(p.field().equals("workUnitId") && unitCode != null)) {
          reader.add(ImportProblems.atLine(row.line(), p));
        }
      }
      if (input.name() != null && unitId != null) {
        String key = unitId + "/" + input.name().toLowerCase(Locale.ROOT);
        Integer first = firstLineOfName.putIfAbsent(key, row.line());
        if (first != null) {
          reader.problem("name", "innovation.import.nameTwice", input.name(), first);
        }
      }
      problems.addAll(reader.problems());
      inputs.add(input);
    }
    java.util.Set<String> existing =
        repository.existingNames(
            inputs.stream().map(InnovationInput::name).filter(n -> n != null).toList());
    List<Planned> plan = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      InnovationInput input = inputs.get(i);
      boolean exists =
          input.name() != null
              && input.workUnitId() != null
              && existing.contains(
                  input.workUnitId() + "/" + input.name().toLowerCase(Locale.ROOT));
      if (exists && !skipExisting) {
        problems.add(
            FieldProblem.atLine(
                rows.get(i).line(), "name", "innovation.import.nameExists", input.name()));
      }
      plan.add(new Planned(rows.get(i).line(), input, exists));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(FieldProblem::line));
      throw new ValidationException(problems);
    }
    return plan;
  }

  private Map<UUID, Map<String, UUID>> teamsByUnit() {
    Map<UUID, Map<String, UUID>> out = new HashMap<>();
    for (TeamDirectory.TeamRef ref : teams.all()) {
      teams
          .find(ref.id())
          .ifPresent(
              (TeamView t) ->
                  out.computeIfAbsent(t.workUnitId(), k -> new HashMap<>())
                      .put(t.name().toLowerCase(Locale.ROOT), t.id()));
    }
    return out;
  }
}
