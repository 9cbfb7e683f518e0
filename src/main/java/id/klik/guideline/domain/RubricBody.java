package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/**
 * A review rubric: weighted criteria scored on a scale. The weights must add up to {@link
 * #weightTotal()} (100 unless the rubric says otherwise).
 */
public record RubricBody(BigDecimal weightTotal, Scale scale, List<Criterion> criteria)
    implements TemplateBody {

  public static final BigDecimal DEFAULT_WEIGHT_TOTAL = BigDecimal.valueOf(100);

  public RubricBody {
    weightTotal = weightTotal == null ? DEFAULT_WEIGHT_TOTAL : weightTotal;
    criteria = List.copyOf(criteria);
  }

  public BigDecimal weightSum() {
    return criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public record Scale(List<Level> levels) {
    public Scale {
      levels = List.copyOf(levels);
    }
  }

  public record Level(
      String id, BigDecimal score, LocalizedText label, LocalizedText description) {}

  public record Criterion(
      String id,
      LocalizedText title,
      LocalizedText guidance,
      BigDecimal weight,
      List<Descriptor> descriptors) {
    public Criterion {
      descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
    }
  }

  public record Descriptor(String id, BigDecimal score, LocalizedText text) {}
}
