package id.klik.innovation.domain;

import id.klik.shared.domain.LocalizedText;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The indicators an innovation's evidence may prove: those of the index model's per-innovation
 * aspect (SID, indicators 16–35), with the model they come from. {@code standIn} is set when the
 * tenant's own model lists none (the 2023 model gives only its formula) and the newest published
 * model's list stands in for it.
 */
public record IndexIndicators(String modelRef, boolean standIn, List<Indicator> indicators) {

  /** One indicator as people choose it: {@code sid-16}, 16, "Regulasi inovasi". */
  public record Indicator(String id, int number, LocalizedText title) {}

  public static final IndexIndicators NONE = new IndexIndicators(null, false, List.of());

  public IndexIndicators {
    indicators = List.copyOf(indicators);
  }

  public Set<String> ids() {
    return indicators.stream().map(Indicator::id).collect(Collectors.toUnmodifiableSet());
  }

  public java.util.Optional<Indicator> find(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
