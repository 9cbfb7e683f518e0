package id.klik.index.application;

import id.klik.index.domain.ReadinessLight;
import java.util.List;
import java.util.UUID;

/** Readiness of every innovation entered in a cycle, and the same grouped by work unit. */
public record ReadinessView(
    int year, List<InnovationReadiness> innovations, List<WorkUnitReadiness> workUnits) {

  public ReadinessView {
    innovations = List.copyOf(innovations);
    workUnits = List.copyOf(workUnits);
  }

  /**
   * One thing missing, as a message key with its arguments and the text in the caller's language.
   */
  public record MissingItem(String code, List<Object> args, String text) {
    public MissingItem {
      args = List.copyOf(args);
    }
  }

  public record InnovationReadiness(
      UUID innovationId,
      String name,
      UUID workUnitId,
      String workUnitName,
      ReadinessLight light,
      List<MissingItem> missing) {
    public InnovationReadiness {
      missing = List.copyOf(missing);
    }
  }

  public record WorkUnitReadiness(
      UUID workUnitId,
      String name,
      int green,
      int yellow,
      int red,
      List<InnovationReadiness> innovations) {
    public WorkUnitReadiness {
      innovations = List.copyOf(innovations);
    }
  }
}
