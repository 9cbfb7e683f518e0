package id.klik.proposal.application;

import id.klik.innovation.application.InnovationInput;
import id.klik.innovation.domain.InnovationProfile;
import id.klik.proposal.domain.SectionContent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The IID innovation profile form ({@code iid-innovation-profile}) and the innovation's own profile
 * are the same facts: the identity section's fields are the profile's name, stage, initiator, kind,
 * form and dates, and the text sections are its design narrative, goals, benefits and results. A
 * proposal in that form starts from the profile, and a save of one of these sections changes the
 * profile (and a change of the profile, the proposal). Codes are the profile's, except the form's
 * {@code urusan-lain} for the profile's {@code lainnya}.
 */
public final class IidProfileMapping {

  public static final String IDENTITY = "identity";

  /** Text sections and the profile field each one is. */
  public static final Map<String, String> TEXT_SECTIONS =
      Map.of(
          "design-narrative", "designNarrative",
          "goals", "goals",
          "benefits", "benefits",
          "results", "results");

  private IidProfileMapping() {}

  public static boolean maps(String sectionId) {
    return IDENTITY.equals(sectionId) || TEXT_SECTIONS.containsKey(sectionId);
  }

  /** The form's sections as the profile fills them. */
  public static Map<String, SectionContent> sections(InnovationProfile p, String workUnitName) {
    Map<String, SectionContent> out = new LinkedHashMap<>();
    Map<String, String> identity = new TreeMap<>();
    put(identity, "name", p.name());
    put(identity, "made-by", workUnitName);
    put(identity, "stage", p.stage());
    put(identity, "initiator", p.initiator());
    put(identity, "jenis", p.kind());
    put(identity, "bentuk", "lainnya".equals(p.form()) ? "urusan-lain" : p.form());
    put(identity, "trial-date", p.trialDate() == null ? null : p.trialDate().toString());
    put(
        identity,
        "application-date",
        p.applicationDate() == null ? null : p.applicationDate().toString());
    out.put(IDENTITY, new SectionContent("", identity));
    out.put("design-narrative", text(p.designNarrative()));
    out.put("goals", text(p.goals()));
    out.put("benefits", text(p.benefits()));
    out.put("results", text(p.results()));
    return out;
  }

  /**
   * The profile with one section of the form written into it; a blank value leaves the profile's
   * own. Null when the section is none of the profile's.
   */
  public static InnovationInput apply(
      InnovationProfile p, String sectionId, SectionContent content) {
    if (!maps(sectionId)) {
      return null;
    }
    InnovationInput in = InnovationInput.of(p);
    if (IDENTITY.equals(sectionId)) {
      String bentuk = or(content.field("bentuk"), in.form());
      return new InnovationInput(
          or(content.field("name"), in.name()),
          in.workUnitId(),
          in.teamId(),
          or(content.field("stage"), in.stage()),
          or(content.field("jenis"), in.kind()),
          "urusan-lain".equals(bentuk) ? "lainnya" : bentuk,
          or(content.field("initiator"), in.initiator()),
          in.primaryAffair(),
          in.otherAffairs(),
          date(content.field("trial-date"), in.trialDate()),
          date(content.field("application-date"), in.applicationDate()),
          in.budgetAmount(),
          in.goals(),
          in.benefits(),
          in.results(),
          in.designNarrative(),
          in.keyChanges(),
          in.beneficiaries(),
          in.videoUrl(),
          in.status(),
          in.shared());
    }
    String text = content.text().isBlank() ? null : content.text().strip();
    String field = TEXT_SECTIONS.get(sectionId);
    return new InnovationInput(
        in.name(),
        in.workUnitId(),
        in.teamId(),
        in.stage(),
        in.kind(),
        in.form(),
        in.initiator(),
        in.primaryAffair(),
        in.otherAffairs(),
        in.trialDate(),
        in.applicationDate(),
        in.budgetAmount(),
        field.equals("goals") ? or(text, in.goals()) : in.goals(),
        field.equals("benefits") ? or(text, in.benefits()) : in.benefits(),
        field.equals("results") ? or(text, in.results()) : in.results(),
        field.equals("designNarrative") ? or(text, in.designNarrative()) : in.designNarrative(),
        in.keyChanges(),
        in.beneficiaries(),
        in.videoUrl(),
        in.status(),
        in.shared());
  }

  private static SectionContent text(String value) {
    return new SectionContent(value == null ? "" : value, Map.of());
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) {
      m.put(k, v);
    }
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static LocalDate date(String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}
