package id.klik.innovation.domain;

import java.util.List;

/**
 * The columns of the portfolio's spreadsheets (export and import), named as the API names the
 * profile's fields, in snake case. The export writes them all; an import reads the writable ones,
 * accepts and ignores the read-only ones (so an export imports back), and refuses any other. {@code
 * work_unit} is the work unit's code, {@code team} the team's name within it, {@code other_affairs}
 * affair codes separated by {@code ;}, dates as {@code YYYY-MM-DD}.
 */
public final class InnovationColumns {

  public static final String ID = "id";
  public static final String NAME = "name";
  public static final String WORK_UNIT = "work_unit";
  public static final String TEAM = "team";
  public static final String STAGE = "stage";
  public static final String KIND = "kind";
  public static final String FORM = "form";
  public static final String INITIATOR = "initiator";
  public static final String PRIMARY_AFFAIR = "primary_affair";
  public static final String OTHER_AFFAIRS = "other_affairs";
  public static final String TRIAL_DATE = "trial_date";
  public static final String APPLICATION_DATE = "application_date";
  public static final String BUDGET_AMOUNT = "budget_amount";
  public static final String GOALS = "goals";
  public static final String BENEFITS = "benefits";
  public static final String RESULTS = "results";
  public static final String DESIGN_NARRATIVE = "design_narrative";
  public static final String KEY_CHANGES = "key_changes";
  public static final String BENEFICIARIES = "beneficiaries";
  public static final String VIDEO_URL = "video_url";
  public static final String STATUS = "status";
  public static final String SHARED = "shared";
  public static final String NARRATIVE_WORDS = "narrative_words";

  /** Every column, in the order the export writes them. */
  public static final List<String> ALL =
      List.of(
          ID,
          NAME,
          WORK_UNIT,
          TEAM,
          STAGE,
          KIND,
          FORM,
          INITIATOR,
          PRIMARY_AFFAIR,
          OTHER_AFFAIRS,
          TRIAL_DATE,
          APPLICATION_DATE,
          BUDGET_AMOUNT,
          GOALS,
          BENEFITS,
          RESULTS,
          DESIGN_NARRATIVE,
          KEY_CHANGES,
          BENEFICIARIES,
          VIDEO_URL,
          STATUS,
          SHARED,
          NARRATIVE_WORDS);

  /** Written by the app, never read from a file. */
  public static final List<String> READ_ONLY = List.of(ID, SHARED, NARRATIVE_WORDS);

  /** An import needs these in its header row. */
  public static final List<String> REQUIRED =
      List.of(NAME, WORK_UNIT, STAGE, KIND, FORM, INITIATOR, PRIMARY_AFFAIR);

  private InnovationColumns() {}

  /** A header cell as the import reads it: trimmed, lower case, spaces and dashes as {@code _}. */
  public static String normalize(String header) {
    if (header == null) {
      return "";
    }
    String h =
        header.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
    return h.startsWith("\uFEFF") ? h.substring(1) : h;
  }
}
