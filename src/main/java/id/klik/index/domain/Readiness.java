package id.klik.index.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What an innovation still lacks before it can be submitted for the index: the profile's required
 * fields, a design narrative of at least the minimum number of words (300 by the rules seen every
 * year), the video link, and the evidence of every level claimed. Missing evidence alone makes it
 * {@link ReadinessLight#YELLOW}; anything else {@link ReadinessLight#RED}.
 */
public final class Readiness {

  /** The minimum length of the design narrative (rancang bangun) the ministry's rules ask for. */
  public static final int NARRATIVE_MIN_WORDS = 300;

  private Readiness() {}

  /** One thing missing: a code for the message bundle and its arguments. */
  public record Missing(String code, List<Object> args) {
    public Missing {
      args = List.copyOf(args);
    }

    static Missing of(String code, Object... args) {
      return new Missing(code, List.of(args));
    }

    public boolean isEvidence() {
      return code.equals("index.ready.evidence");
    }
  }

  /**
   * The facts of one innovation that readiness looks at.
   *
   * @param emptyRequiredFields the profile fields required for the index that are empty (their
   *     names), in the profile's order
   * @param claimedWithoutEvidence the indicator numbers of levels claimed without their evidence
   */
  public record Facts(
      List<String> emptyRequiredFields,
      int narrativeWords,
      boolean hasVideo,
      boolean appliedInsideWindow,
      List<Integer> claimedWithoutEvidence) {
    public Facts {
      emptyRequiredFields = List.copyOf(emptyRequiredFields);
      claimedWithoutEvidence = List.copyOf(claimedWithoutEvidence);
    }
  }

  /** The verdict: a light and what is missing, most serious first. */
  public record Verdict(ReadinessLight light, List<Missing> missing) {
    public Verdict {
      missing = List.copyOf(missing);
    }
  }

  public static Verdict check(Facts facts) {
    List<Missing> missing = new ArrayList<>();
    facts.emptyRequiredFields().forEach(f -> missing.add(Missing.of("index.ready.field", f)));
    if (facts.narrativeWords() < NARRATIVE_MIN_WORDS) {
      missing.add(Missing.of("index.ready.narrative", facts.narrativeWords(), NARRATIVE_MIN_WORDS));
    }
    if (!facts.hasVideo()) {
      missing.add(Missing.of("index.ready.video"));
    }
    if (!facts.appliedInsideWindow()) {
      missing.add(Missing.of("index.ready.window"));
    }
    boolean profileComplete = missing.isEmpty();
    facts.claimedWithoutEvidence().forEach(n -> missing.add(Missing.of("index.ready.evidence", n)));
    ReadinessLight light =
        !profileComplete
            ? ReadinessLight.RED
            : missing.isEmpty() ? ReadinessLight.GREEN : ReadinessLight.YELLOW;
    return new Verdict(light, missing);
  }
}
