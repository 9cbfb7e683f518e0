package id.klik.program.application;

import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.program.domain.Program;
import id.klik.program.domain.ProgramSession;
import id.klik.program.domain.ProgramState;
import id.klik.program.domain.ProposedSession;
import id.klik.program.domain.SessionProposals;
import id.klik.program.infrastructure.ProgramRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Programs of the current tenant: every member reads them; clinic admins and staff ({@link
 * Permission#PROGRAMS_WRITE}) start one from a blueprint, describe it and move it through its
 * states. Another tenant's program ids answer 404.
 */
@ApplicationScoped
public class ProgramService {

  @Inject ProgramRepository repository;
  @Inject ProgramViews views;
  @Inject Blueprints blueprints;
  @Inject Permissions permissions;
  @Inject AuditTrail audit;

  /** What a program's description and state change to; null state keeps the state. */
  public record ProgramInput(
      String title,
      String description,
      LocalDate registrationOpens,
      LocalDate registrationCloses,
      String state) {}

  @Transactional
  public List<ProgramSummary> list() {
    return repository.all().stream().map(views::summary).toList();
  }

  @Transactional
  public ProgramView get(UUID id) {
    return views.of(find(id));
  }

  /**
   * Starts a program from a blueprint ({@code <templateId>@<version>}) with the sessions the
   * blueprint proposes from {@code start}, in the tenant's zone; the program is planned.
   */
  @Transactional
  public ProgramView create(String blueprintRef, String title, LocalDate start) {
    permissions.require(Permission.PROGRAMS_WRITE);
    if (blueprintRef == null || blueprintRef.isBlank()) {
      throw ValidationException.of("blueprint", "program.blueprint.required");
    }
    if (start == null) {
      throw ValidationException.of("start", "program.start.required");
    }
    Blueprints.Blueprint blueprint = blueprints.get(blueprintRef);
    Locale locale = Messages.localeOf(TenantContext.require().locale());
    String name = title == null || title.isBlank() ? blueprint.title().in(locale) : title;
    int at = blueprint.ref().lastIndexOf('@');
    Program program =
        new Program(
            name,
            blueprint.ref().substring(0, at),
            blueprint.ref().substring(at + 1),
            blueprint.format());
    repository.store(program);
    ZoneId zone = ProgramViews.zone();
    int position = 0;
    for (ProposedSession s : SessionProposals.from(blueprint.body(), start)) {
      repository.store(
          new ProgramSession(
              program.id(),
              position++,
              s.activityId(),
              s.kind(),
              s.title().in(locale),
              s.start().atZone(zone),
              s.end().atZone(zone)));
    }
    repository.flush();
    audit.record("CREATE", "program", program.id(), program.title() + " from " + blueprintRef);
    return views.of(program);
  }

  @Transactional
  public ProgramView update(UUID id, ProgramInput input, Long expectedVersion) {
    permissions.require(Permission.PROGRAMS_WRITE);
    Program program = find(id);
    if (expectedVersion != null && expectedVersion != program.version()) {
      throw new ConflictException("program.changedMeanwhile");
    }
    program.describe(
        input.title() == null ? program.title() : input.title(),
        input.description(),
        input.registrationOpens(),
        input.registrationCloses());
    if (input.state() != null && !input.state().isBlank()) {
      ProgramState target = ProgramState.parse(input.state());
      if (target == null) {
        throw ValidationException.of("state", "program.state.unknown", input.state());
      }
      program.moveTo(target);
    }
    repository.flush();
    audit.record("UPDATE", "program", id, program.title() + " " + program.state());
    return views.of(program);
  }

  /** The program or a 404 (also for another tenant's ids). */
  Program find(UUID id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("program", id));
  }
}
