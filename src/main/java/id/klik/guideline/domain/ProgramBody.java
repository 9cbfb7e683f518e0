package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.util.List;

/**
 * A program blueprint (C4): e.g. an academy of three main meetings over three months with
 * consultations between, a coaching clinic, a proposal workshop, a city competition with stages.
 */
public record ProgramBody(
    String format,
    Integer durationMonths,
    LocalizedText audience,
    List<Activity> activities,
    List<Output> outputs)
    implements TemplateBody {

  public ProgramBody {
    activities = List.copyOf(activities);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
  }

  /** A meeting, consultation, workshop or competition stage; {@code month} counts from 1. */
  public record Activity(
      String id,
      String type,
      LocalizedText title,
      LocalizedText summary,
      Integer month,
      Integer durationDays,
      String mode,
      String responsibleRole,
      List<Output> outputs) {
    public Activity {
      outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }
  }

  public record Output(String id, LocalizedText title) {}
}
