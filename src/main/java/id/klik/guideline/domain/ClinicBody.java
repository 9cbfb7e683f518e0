package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.util.List;

/**
 * A clinic's way of working, as in the KLIK handbook: phases (planning, program, assistance,
 * evaluation), each with steps that have a responsible role and a checklist.
 */
public record ClinicBody(List<Phase> phases, List<Service> services) implements TemplateBody {

  public ClinicBody {
    phases = List.copyOf(phases);
    services = services == null ? List.of() : List.copyOf(services);
  }

  public record Phase(String id, LocalizedText title, LocalizedText summary, List<Step> steps) {
    public Phase {
      steps = List.copyOf(steps);
    }
  }

  /** A step of a phase; {@code program} names the program blueprint it runs, if any. */
  public record Step(
      String id,
      LocalizedText title,
      LocalizedText guidance,
      String responsibleRole,
      TemplateRef program,
      List<ChecklistItem> checklist) {
    public Step {
      checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }
  }

  public record ChecklistItem(
      String id, LocalizedText text, boolean required, LocalizedText evidence) {}

  /** A service the clinic offers (coaching clinic, academy, consultations, ...). */
  public record Service(
      String id, LocalizedText title, LocalizedText summary, TemplateRef program) {}
}
