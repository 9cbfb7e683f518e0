package id.klik.index.domain;

import id.klik.shared.domain.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One single change to an assessment that what-if weighs. */
public sealed interface Change {

  Assessment applyTo(Assessment assessment);

  /** What the change needs, e.g. "indicator 16, level 2: attach the evidence – Perkada". */
  LocalizedText needs();

  /**
   * Attach the missing evidence for a level already declared.
   *
   * @param innovationId {@code null} for a region measure
   * @param evidence what the model asks for at that level, {@code null} when it does not say
   */
  record AttachEvidence(
      String innovationId, String measureId, int indicator, int level, LocalizedText evidence)
      implements Change {

    @Override
    public Assessment applyTo(Assessment assessment) {
      return set(assessment, innovationId, measureId, ChosenLevel.proven(level));
    }

    @Override
    public LocalizedText needs() {
      return LocalizedText.of(
          "Indikator " + indicator + ", tingkat " + level + ": lampirkan bukti" + tail(evidence, 0),
          "Indicator "
              + indicator
              + ", level "
              + level
              + ": attach the evidence"
              + tail(evidence, 1));
    }
  }

  /**
   * Raise one measure by one level and prove the new level with its evidence.
   *
   * @param innovationId {@code null} for a region measure
   */
  record RaiseLevel(
      String innovationId, String measureId, int indicator, int toLevel, LocalizedText evidence)
      implements Change {

    @Override
    public Assessment applyTo(Assessment assessment) {
      return set(assessment, innovationId, measureId, ChosenLevel.proven(toLevel));
    }

    @Override
    public LocalizedText needs() {
      return LocalizedText.of(
          "Indikator "
              + indicator
              + ", tingkat "
              + toLevel
              + ": capai dan lampirkan bukti"
              + tail(evidence, 0),
          "Indicator "
              + indicator
              + ", level "
              + toLevel
              + ": reach it and attach the evidence"
              + tail(evidence, 1));
    }
  }

  /**
   * Enter new innovations, applied inside the window, one for each basic-service affair named, that
   * no counted innovation covers yet: what the coverage rule of the number-of-innovations score
   * asks. When the rule is short by more than one affair, a single new innovation gains nothing, so
   * the change names as many affairs as are missing for the rule.
   *
   * @param affairs the affairs' ids (codes of the government affairs master list), in model order
   * @param titles their names, in the same order
   */
  record AddInnovation(List<String> affairs, List<LocalizedText> titles, LocalDate appliedOn)
      implements Change {

    public AddInnovation {
      affairs = List.copyOf(affairs);
      titles = List.copyOf(titles);
    }

    @Override
    public Assessment applyTo(Assessment assessment) {
      Assessment changed = assessment;
      for (String affair : affairs) {
        changed =
            changed.plus(
                new EnteredInnovation("new-" + affair, affair, Set.of(), appliedOn, Map.of()));
      }
      return changed;
    }

    @Override
    public LocalizedText needs() {
      String indonesian = String.join(", ", titles.stream().map(LocalizedText::id).toList());
      String english =
          String.join(", ", titles.stream().map(t -> t.en() == null ? t.id() : t.en()).toList());
      return LocalizedText.of(
          affairs.size()
              + " inovasi baru, diterapkan dalam periode siklus, pada urusan: "
              + indonesian,
          affairs.size() + " new innovation(s), applied inside the cycle's window, in: " + english);
    }
  }

  private static Assessment set(
      Assessment assessment, String innovationId, String measureId, ChosenLevel level) {
    return innovationId == null
        ? assessment.withRegion(measureId, level)
        : assessment.withInnovation(innovationId, measureId, level);
  }

  private static String tail(LocalizedText evidence, int language) {
    if (evidence == null) {
      return "";
    }
    String text = language == 1 && evidence.en() != null ? evidence.en() : evidence.id();
    return " – " + text;
  }
}
