package id.klik.innovation.web;

import static id.klik.shared.web.Notices.text;

import id.klik.innovation.application.InnovationService;
import id.klik.innovation.application.InnovationView;
import id.klik.innovation.application.Replications;
import id.klik.innovation.application.SharedDirectory;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Page;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Wires the directory of shared innovations ({@code /t/<slug>/shared-innovations}): other regions'
 * shared innovations by name, with search, an affair filter and paging, and the declaration that
 * one of our innovations replicates one of them ({@code ?replica=<id>} chooses ours beforehand).
 */
@Named
@ViewScoped
@TenantBound
public class SharedInnovationsPage implements Serializable {

  @Inject SharedDirectory directory;
  @Inject InnovationService innovations;
  @Inject Replications replications;

  private String search;
  private String affair;
  private List<SelectItem> affairChoices = List.of();
  private List<SelectItem> ownChoices = List.of();
  private String replicaId;
  private SharedDirectory.Entry chosen;
  private final LazyDataModel<SharedDirectory.Entry> table = new Table();

  @PostConstruct
  void open() {
    affairChoices =
        directory.affairs().stream()
            .map(code -> new SelectItem(code, ProfileChoices.affairName(code)))
            .toList();
    ownChoices =
        innovations.recent(0, Page.MAX_SIZE).items().stream()
            .filter(InnovationView::editable)
            .map(v -> new SelectItem(v.id().toString(), v.profile().name()))
            .toList();
    String replica =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("replica");
    if (replica != null && ownChoices.stream().anyMatch(c -> c.getValue().equals(replica))) {
      replicaId = replica;
    }
  }

  private final class Table extends LazyDataModel<SharedDirectory.Entry> {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) directory.search(search, affair, 0, 1).total();
    }

    @Override
    public List<SharedDirectory.Entry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<SharedDirectory.Entry> page =
          directory.search(search, affair, first / Math.max(1, pageSize), Page.size(pageSize));
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(SharedDirectory.Entry e) {
      return e.tenant() + ":" + e.innovationId();
    }
  }

  /** Opens the declaration for one entry of the directory. */
  public void choose(SharedDirectory.Entry entry) {
    chosen = entry;
  }

  public void declare() {
    if (chosen == null) {
      return;
    }
    try {
      UUID replica = UUID.fromString(replicaId == null ? "" : replicaId);
      replications.declare(replica, chosen.tenant(), chosen.innovationId());
      Notices.info("replication.declared", chosen.region());
    } catch (IllegalArgumentException e) {
      Notices.error(
          id.klik.shared.domain.ValidationException.of(
              "innovationId", "replication.innovationRequired"));
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  public String stage(String code) {
    return code == null ? "" : text("innovation.stage." + code);
  }

  public String affairName(String code) {
    return code == null ? "" : ProfileChoices.affairName(code);
  }

  public LazyDataModel<SharedDirectory.Entry> getTable() {
    return table;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getAffair() {
    return affair;
  }

  public void setAffair(String affair) {
    this.affair = affair == null || affair.isBlank() ? null : affair;
  }

  public List<SelectItem> getAffairChoices() {
    return affairChoices;
  }

  public List<SelectItem> getOwnChoices() {
    return ownChoices;
  }

  public String getReplicaId() {
    return replicaId;
  }

  public void setReplicaId(String replicaId) {
    this.replicaId = replicaId;
  }

  public SharedDirectory.Entry getChosen() {
    return chosen;
  }
}
