package id.klik.consultation.web;

import id.klik.consultation.application.Workload;
import id.klik.shared.domain.KlikException;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** Wires the workload page: every mentor's for the clinic admin, a mentor's own otherwise. */
@Named
@ViewScoped
@TenantBound
public class WorkloadPage implements Serializable {

  @Inject Workload workload;

  private List<Row> rows = List.of();

  /** One mentor's figures, ready to show. */
  public record Row(
      String name, int sessions, String hours, int openItems, String perMonth, String teams)
      implements Serializable {}

  @PostConstruct
  void load() {
    List<Workload.Figures> figures;
    try {
      figures = workload.everyone();
    } catch (KlikException notAdmin) {
      try {
        figures = List.of(workload.mine());
      } catch (KlikException notMentor) {
        figures = List.of();
      }
    }
    rows =
        figures.stream()
            .map(
                f ->
                    new Row(
                        f.name() + (f.national() ? " *" : ""),
                        f.sessions(),
                        String.format(java.util.Locale.ROOT, "%.1f", f.hours()),
                        f.openActionItems(),
                        f.sessionsPerMonth().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining(", ")),
                        String.join(", ", f.teams())))
            .toList();
  }

  public List<Row> getRows() {
    return rows;
  }
}
