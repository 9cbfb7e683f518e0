package id.klik.people.web;

import id.klik.identity.application.MemberDirectory;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamService;
import id.klik.people.application.TeamView;
import id.klik.people.infrastructure.TeamRepository;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Page;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Wires the teams page (list, search, work-unit filter, create/edit dialog) to the services. */
@Named
@ViewScoped
@TenantBound
public class TeamsPage implements Serializable {

  @Inject TeamService service;
  @Inject WorkUnitDirectory workUnits;
  @Inject MemberDirectory members;

  private String search;
  private String workUnitFilter;
  private TeamForm form = new TeamForm();
  private List<Choice> unitChoices = List.of();
  private List<Choice> memberChoices = List.of();
  private List<TeamRow> shown = List.of();
  private final LazyDataModel<TeamRow> table = new Table();

  @PostConstruct
  void load() {
    unitChoices =
        workUnits.active().stream()
            .map(u -> new Choice(u.id().toString(), u.name() + " (" + u.code() + ")"))
            .toList();
    memberChoices =
        members.active().stream()
            .map(m -> new Choice(m.id().toString(), m.name() + " (" + m.username() + ")"))
            .toList();
  }

  private final class Table extends LazyDataModel<TeamRow> {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page(0, 1).total();
    }

    @Override
    public List<TeamRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<TeamView> page = page(first / Math.max(1, pageSize), pageSize);
      setRowCount((int) page.total());
      shown = page.items().stream().map(TeamRow::of).toList();
      return shown;
    }

    @Override
    public String getRowKey(TeamRow row) {
      return row.id().toString();
    }

    @Override
    public TeamRow getRowData(String rowKey) {
      return shown.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
    }
  }

  private Page<TeamView> page(int page, int size) {
    UUID unit = null;
    if (workUnitFilter != null && !workUnitFilter.isBlank()) {
      unit = UUID.fromString(workUnitFilter);
    }
    return service.search(new TeamRepository.Filter(search, unit, null), page, size);
  }

  public void startCreate() {
    form = new TeamForm();
  }

  public void startEdit(TeamRow row) {
    form = TeamForm.of(row);
  }

  public void save() {
    try {
      TeamView saved =
          form.isNew()
              ? service.create(form.input())
              : service.update(form.getId(), form.input(), form.getVersion());
      info("teams.saved", saved.name());
      PrimeFaces.current().executeScript("PF('teamDialog').hide()");
    } catch (KlikException e) {
      fail(e);
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  private void info(String key, Object... args) {
    Notices.info(key, args);
  }

  private void fail(KlikException e) {
    Notices.problems(e);
  }

  private static String text(String key, Object... args) {
    return Notices.text(key, args);
  }

  public LazyDataModel<TeamRow> getTable() {
    return table;
  }

  public List<Choice> getUnitChoices() {
    return unitChoices;
  }

  public List<Choice> getMemberChoices() {
    return memberChoices;
  }

  public TeamForm getForm() {
    return form;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getWorkUnitFilter() {
    return workUnitFilter;
  }

  public void setWorkUnitFilter(String workUnitFilter) {
    this.workUnitFilter = workUnitFilter;
  }
}
