package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/**
 * A program blueprint (C4): e.g. an academy of three main meetings over three months with
 * consultations between, a coaching clinic, a proposal workshop, a city competition with stages. A
 * competition may say how it screens, ranks and chooses finalists ({@link #competition()}).
 */
public record ProgramBody(
    String format,
    Integer durationMonths,
    LocalizedText audience,
    List<Activity> activities,
    List<Output> outputs,
    Competition competition)
    implements TemplateBody {

  public ProgramBody {
    activities = List.copyOf(activities);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
  }

  public ProgramBody(
      String format,
      Integer durationMonths,
      LocalizedText audience,
      List<Activity> activities,
      List<Output> outputs) {
    this(format, durationMonths, audience, activities, outputs, null);
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

  /**
   * How a competition judges: the reviewers' spread beyond which an alert is raised (points on
   * 100), whether categories are ranked separately, how many finalists (in all or per category), a
   * minimum score, and the administrative screening's checklist and reasons for rejection.
   */
  public record Competition(
      BigDecimal spreadThreshold,
      Boolean rankCategoriesSeparately,
      Integer finalists,
      BigDecimal minimumScore,
      List<Category> categories,
      Screening screening) {
    public Competition {
      categories = categories == null ? List.of() : List.copyOf(categories);
    }
  }

  /** A category of entrants, e.g. agencies and BUMD, by the kinds of their work units. */
  public record Category(
      String id, LocalizedText title, List<String> workUnitKinds, Integer finalists) {
    public Category {
      workUnitKinds = workUnitKinds == null ? List.of() : List.copyOf(workUnitKinds);
    }
  }

  public record Screening(List<Output> checklist, List<Output> rejectionReasons) {
    public Screening {
      checklist = checklist == null ? List.of() : List.copyOf(checklist);
      rejectionReasons = rejectionReasons == null ? List.of() : List.copyOf(rejectionReasons);
    }
  }
}
