package id.klik.audit.web;

import id.klik.audit.application.AuditLogService;
import id.klik.audit.domain.AuditQuery;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Wires the audit trail page (filters by person, kind of object and days; paging; CSV download) to
 * {@link AuditLogService}. Times show in the tenant's zone.
 */
@Named
@ViewScoped
@TenantBound
public class AuditPage implements Serializable {

  @Inject AuditLogService service;
  @Inject Permissions permissions;

  private String actor;
  private String type;
  private String from;
  private String to;
  private List<String> types = List.of();
  private List<AuditRow> shown = List.of();
  private final LazyDataModel<AuditRow> table = new Table();

  @PostConstruct
  void load() {
    if (isAllowed()) {
      types = service.types();
    }
  }

  public boolean isAllowed() {
    return permissions.may(Permission.AUDIT_VIEW);
  }

  private final class Table extends LazyDataModel<AuditRow> {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page(0, 1).total();
    }

    @Override
    public List<AuditRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<AuditRow> page = page(first / Math.max(1, pageSize), pageSize);
      setRowCount((int) page.total());
      shown = page.items();
      return shown;
    }

    @Override
    public String getRowKey(AuditRow row) {
      return row.id().toString();
    }

    @Override
    public AuditRow getRowData(String rowKey) {
      return shown.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
    }
  }

  private Page<AuditRow> page(int page, int size) {
    AuditQuery query = query();
    if (query == null || !isAllowed()) {
      return new Page<>(List.of(), page, size, 0);
    }
    var zone = TenantTime.display();
    return service.search(query, page, size).map(r -> AuditRow.of(r, zone));
  }

  /** The filters as a query, or null (with the problems shown) when a date cannot be read. */
  private AuditQuery query() {
    try {
      return service.query(actor, type, from, to);
    } catch (ValidationException e) {
      e.problems()
          .forEach(
              p ->
                  FacesContext.getCurrentInstance()
                      .addMessage(
                          null,
                          new FacesMessage(
                              FacesMessage.SEVERITY_ERROR,
                              Messages.get(
                                  RequestInfo.locale(), p.messageKey(), p.args().toArray()),
                              null)));
      return null;
    }
  }

  /** The filtered trail as CSV, written while it is downloaded. */
  public StreamedContent getCsv() {
    AuditQuery query = query();
    if (query == null) {
      return null;
    }
    service.requireReader();
    return DefaultStreamedContent.builder()
        .name("audit-" + LocalDate.now(TenantTime.display().zone()) + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .writer(out -> service.writeCsv(query, out))
        .build();
  }

  public LazyDataModel<AuditRow> getTable() {
    return table;
  }

  public List<String> getTypes() {
    return types;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
