package id.klik.innovation.web;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.application.InnovationService;
import id.klik.innovation.application.InnovationView;
import id.klik.people.application.TeamDirectory;
import id.klik.shared.domain.Page;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Wires the list of innovations ({@code /t/<slug>/innovations}) to the service. */
@Named
@ViewScoped
@TenantBound
public class InnovationsPage implements Serializable {

  @Inject InnovationService service;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject TeamDirectory teams;

  private Boolean mayRegister;

  private final LazyDataModel<Row> table = new Table();

  /** A line of the list. */
  public record Row(
      String id,
      String name,
      String workUnit,
      String team,
      String stage,
      String affair,
      String updated)
      implements Serializable {

    static Row of(InnovationView v) {
      return new Row(
          v.id().toString(),
          v.profile().name(),
          v.workUnitName(),
          v.teamName(),
          Notices.text("innovation.stage." + v.profile().stage()),
          ProfileChoices.affairName(v.profile().primaryAffair()),
          TenantTime.format(v.updatedAt()));
    }
  }

  private final class Table extends LazyDataModel<Row> {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) service.recent(0, 1).total();
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<InnovationView> page = service.recent(first / Math.max(1, pageSize), pageSize);
      setRowCount((int) page.total());
      return page.items().stream().map(Row::of).toList();
    }

    @Override
    public String getRowKey(Row row) {
      return row.id();
    }
  }

  public LazyDataModel<Row> getTable() {
    return table;
  }

  /** Clinic admins and staff register for any team; innovators for the teams they are in. */
  public boolean isMayRegister() {
    if (mayRegister == null) {
      mayRegister =
          permissions.may(Permission.INNOVATIONS_WRITE)
              || currentUser.user().map(u -> !teams.teamsOf(u.username()).isEmpty()).orElse(false);
    }
    return mayRegister;
  }
}
