package id.klik.proposal.api;

import id.klik.proposal.application.CheckView;
import java.util.List;

/**
 * The deterministic checks: completeness (0–100, the share of the form's required sections and
 * attachments done) and the findings.
 */
public record CheckDto(int completeness, int done, int required, List<FindingDto> findings) {

  /**
   * One finding.
   *
   * @param sectionId the section it is about, or null for the whole proposal
   * @param severity {@code error} (counts against completeness) or {@code warning} (advice)
   */
  public record FindingDto(
      String sectionId, String code, String severity, List<String> args, String message) {}

  static CheckDto of(CheckView v) {
    return new CheckDto(
        v.completeness(),
        v.done(),
        v.required(),
        v.findings().stream()
            .map(
                i ->
                    new FindingDto(
                        i.finding().sectionId(),
                        i.finding().code(),
                        i.finding().severity().name().toLowerCase(java.util.Locale.ROOT),
                        i.finding().args(),
                        i.message()))
            .toList());
  }
}
