package id.klik.innovation.domain;

import id.klik.shared.domain.FieldProblem;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an innovation's profile must satisfy before it is stored, every problem named with the field
 * it concerns (the API's field names). Whether the work unit and team exist is the service's
 * question; these rules need nothing but the profile, the affairs' master list and today's date.
 */
public final class InnovationRules {

  public static final int NAME_MAX = 300;
  public static final int TEXT_MAX = 20_000;
  public static final int NARRATIVE_MAX = 60_000;
  public static final int URL_MAX = 500;

  /** Numeric(18,2): sixteen digits before the decimal point. */
  static final BigDecimal BUDGET_MAX = new BigDecimal("9999999999999999.99");

  private InnovationRules() {}

  public static List<FieldProblem> check(
      InnovationProfile p, GovernmentAffairs affairs, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (p.name() == null) {
      problems.add(FieldProblem.of("name", "innovation.name.required"));
    } else if (p.name().length() > NAME_MAX) {
      problems.add(FieldProblem.of("name", "innovation.text.tooLong", NAME_MAX));
    }
    if (p.workUnitId() == null) {
      problems.add(FieldProblem.of("workUnitId", "innovation.workUnit.required"));
    }
    code(problems, "stage", p.stage(), ProfileCodes.STAGES);
    code(problems, "kind", p.kind(), ProfileCodes.KINDS);
    code(problems, "form", p.form(), ProfileCodes.FORMS);
    code(problems, "initiator", p.initiator(), ProfileCodes.INITIATORS);
    code(problems, "status", p.status(), ProfileCodes.STATUSES);
    affairs(problems, p, affairs);
    dates(problems, p, today);
    if (p.budgetAmount() != null) {
      if (p.budgetAmount().signum() < 0) {
        problems.add(FieldProblem.of("budgetAmount", "innovation.budget.negative"));
      } else if (p.budgetAmount().compareTo(BUDGET_MAX) > 0
          || p.budgetAmount().stripTrailingZeros().scale() > 2) {
        problems.add(FieldProblem.of("budgetAmount", "innovation.budget.invalid"));
      }
    }
    text(problems, "goals", p.goals(), TEXT_MAX);
    text(problems, "benefits", p.benefits(), TEXT_MAX);
    text(problems, "results", p.results(), TEXT_MAX);
    text(problems, "designNarrative", p.designNarrative(), NARRATIVE_MAX);
    text(problems, "keyChanges", p.keyChanges(), TEXT_MAX);
    text(problems, "beneficiaries", p.beneficiaries(), TEXT_MAX);
    if (p.videoUrl() != null && !webAddress(p.videoUrl())) {
      problems.add(FieldProblem.of("videoUrl", "innovation.videoUrl.invalid"));
    }
    return problems;
  }

  private static void code(
      List<FieldProblem> problems, String field, String value, List<String> allowed) {
    if (value == null) {
      problems.add(FieldProblem.of(field, "innovation.code.required"));
    } else if (!allowed.contains(value)) {
      problems.add(
          FieldProblem.of(field, "innovation.code.unknown", value, String.join(", ", allowed)));
    }
  }

  private static void affairs(
      List<FieldProblem> problems, InnovationProfile p, GovernmentAffairs affairs) {
    if (p.primaryAffair() == null) {
      problems.add(FieldProblem.of("primaryAffair", "innovation.affair.required"));
    } else if (!affairs.known(p.primaryAffair())) {
      problems.add(
          FieldProblem.of("primaryAffair", "innovation.affair.unknown", p.primaryAffair()));
    }
    Set<String> seen = new HashSet<>();
    for (String other : p.otherAffairs()) {
      if (other == null || !affairs.known(other)) {
        problems.add(FieldProblem.of("otherAffairs", "innovation.affair.unknown", other));
      } else if (other.equals(p.primaryAffair())) {
        problems.add(FieldProblem.of("otherAffairs", "innovation.affair.samePrimary", other));
      } else if (!seen.add(other)) {
        problems.add(FieldProblem.of("otherAffairs", "innovation.affair.duplicate", other));
      }
    }
  }

  /**
   * A trial comes before the application; an applied innovation has its application date, and it is
   * not in the future; an innovation on trial has its trial date.
   */
  private static void dates(List<FieldProblem> problems, InnovationProfile p, LocalDate today) {
    if (p.trialDate() != null
        && p.applicationDate() != null
        && p.applicationDate().isBefore(p.trialDate())) {
      problems.add(
          FieldProblem.of(
              "applicationDate",
              "innovation.dates.applicationBeforeTrial",
              p.applicationDate().toString(),
              p.trialDate().toString()));
    }
    if (ProfileCodes.APPLIED.equals(p.stage())) {
      if (p.applicationDate() == null) {
        problems.add(
            FieldProblem.of("applicationDate", "innovation.applicationDate.requiredWhenApplied"));
      } else if (p.applicationDate().isAfter(today)) {
        problems.add(
            FieldProblem.of(
                "applicationDate",
                "innovation.applicationDate.future",
                p.applicationDate().toString()));
      }
    }
    if (ProfileCodes.TRIAL.equals(p.stage()) && p.trialDate() == null) {
      problems.add(FieldProblem.of("trialDate", "innovation.trialDate.requiredOnTrial"));
    }
  }

  private static void text(List<FieldProblem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(FieldProblem.of(field, "innovation.text.tooLong", max));
    }
  }

  /** An http(s) address with a host: a link to the video, never a script or a file path. */
  static boolean webAddress(String url) {
    if (url.length() > URL_MAX) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
