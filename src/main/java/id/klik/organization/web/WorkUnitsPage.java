package id.klik.organization.web;

import id.klik.organization.application.ImportResult;
import id.klik.organization.application.WorkUnitInput;
import id.klik.organization.application.WorkUnitService;
import id.klik.organization.domain.WorkUnit;
import id.klik.organization.domain.WorkUnitKind;
import id.klik.organization.infrastructure.WorkUnitRepository;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.FileRules;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.TreeNode;

/** Wires the work-units page (tree, table, dialog, CSV upload) to {@link WorkUnitService}. */
@Named
@ViewScoped
@TenantBound
public class WorkUnitsPage implements Serializable {

  /** One problem of a failed import, in the reader's language. */
  public record ProblemRow(int line, String field, String message) implements Serializable {
    public int getLine() {
      return line;
    }

    public String getField() {
      return field;
    }

    public String getMessage() {
      return message;
    }
  }

  @Inject WorkUnitService service;
  @Inject KlikConfig config;

  private String search;
  private String kindFilter;
  private WorkUnitForm form = new WorkUnitForm();
  private List<WorkUnitRow> all = List.of();
  private TreeNode<WorkUnitRow> tree;
  private final List<ProblemRow> importProblems = new ArrayList<>();
  private String importSummary;
  private final LazyDataModel<WorkUnitRow> table = new Table();

  @PostConstruct
  void load() {
    List<WorkUnit> units = service.all();
    Map<UUID, String> names =
        units.stream().collect(Collectors.toMap(WorkUnit::id, WorkUnit::name));
    all = units.stream().map(u -> WorkUnitRow.of(u, names.get(u.parentId()))).toList();
    tree = buildTree(all);
  }

  private final class Table extends LazyDataModel<WorkUnitRow> {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page(0, 1).total();
    }

    @Override
    public List<WorkUnitRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<WorkUnit> page = page(first / Math.max(1, pageSize), pageSize);
      setRowCount((int) page.total());
      Map<UUID, String> names =
          all.stream().collect(Collectors.toMap(WorkUnitRow::id, WorkUnitRow::name));
      return page.items().stream().map(u -> WorkUnitRow.of(u, names.get(u.parentId()))).toList();
    }

    @Override
    public String getRowKey(WorkUnitRow row) {
      return row.id().toString();
    }

    @Override
    public WorkUnitRow getRowData(String rowKey) {
      return all.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
    }
  }

  private Page<WorkUnit> page(int page, int size) {
    WorkUnitKind kind =
        kindFilter == null || kindFilter.isBlank()
            ? null
            : WorkUnitKind.parse(kindFilter).orElse(null);
    return service.search(new WorkUnitRepository.Filter(search, kind, null, null), page, size);
  }

  private static TreeNode<WorkUnitRow> buildTree(List<WorkUnitRow> rows) {
    TreeNode<WorkUnitRow> root = new DefaultTreeNode<>(null, null);
    Map<UUID, TreeNode<WorkUnitRow>> nodes = new java.util.HashMap<>();
    Map<UUID, WorkUnitRow> byId =
        rows.stream().collect(Collectors.toMap(WorkUnitRow::id, Function.identity()));
    for (WorkUnitRow row : rows) {
      nodes.put(row.id(), new DefaultTreeNode<>(row));
    }
    for (WorkUnitRow row : rows) {
      TreeNode<WorkUnitRow> parent =
          row.parentId() == null || !byId.containsKey(row.parentId())
              ? root
              : nodes.get(row.parentId());
      parent.getChildren().add(nodes.get(row.id()));
    }
    return root;
  }

  public void startCreate() {
    form = new WorkUnitForm();
  }

  public void startEdit(WorkUnitRow row) {
    form = WorkUnitForm.of(row);
  }

  public void save() {
    try {
      WorkUnitInput input =
          new WorkUnitInput(form.getCode(), form.getName(), form.getKind(), form.getParentId());
      WorkUnit saved = form.isNew() ? service.create(input) : service.edit(form.getId(), input);
      info("wu.saved", saved.name());
      PrimeFaces.current().executeScript("PF('unitDialog').hide()");
      load();
    } catch (KlikException e) {
      fail(e);
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  public void deactivate(WorkUnitRow row) {
    act(() -> service.deactivate(row.id()), "wu.deactivated", row.name());
  }

  public void reactivate(WorkUnitRow row) {
    act(() -> service.reactivate(row.id()), "wu.reactivated", row.name());
  }

  private void act(Runnable action, String key, String name) {
    try {
      action.run();
      info(key, name);
      load();
    } catch (KlikException e) {
      fail(e);
    }
  }

  public void upload(FileUploadEvent event) {
    importProblems.clear();
    importSummary = null;
    try {
      ImportResult result;
      try (InputStream in = event.getFile().getInputStream()) {
        result = service.importCsv(in, event.getFile().getFileName());
      }
      importSummary = text("wu.importDone", result.created(), result.updated());
      info("wu.importDone", result.created(), result.updated());
      load();
    } catch (ValidationException e) {
      for (FieldProblem p : e.problems()) {
        importProblems.add(
            new ProblemRow(p.line(), p.field(), text(p.messageKey(), p.args().toArray())));
      }
      importSummary = text("wu.importFailed");
    } catch (KlikException e) {
      fail(e);
      importSummary = text("wu.importFailed");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The upload limit in bytes, for the page's own check before anything is sent. */
  public long getUploadMaxBytes() {
    return config.uploadMaxBytes();
  }

  public String getUploadMaxMegabytes() {
    return FileRules.tables(config.uploadMaxBytes()).maxMegabytes();
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

  public List<WorkUnitKind> getKinds() {
    return List.of(WorkUnitKind.values());
  }

  /** Units that may be chosen as a parent: active ones other than the one being edited. */
  public List<WorkUnitRow> getParentChoices() {
    return all.stream()
        .filter(r -> r.active() && !r.id().equals(form.getId()) && !r.kind().equals("KELURAHAN"))
        .toList();
  }

  public String kindLabel(String kind) {
    return text("kind." + kind);
  }

  public LazyDataModel<WorkUnitRow> getTable() {
    return table;
  }

  public TreeNode<WorkUnitRow> getTree() {
    return tree;
  }

  public int getTotal() {
    return all.size();
  }

  public List<ProblemRow> getImportProblems() {
    return importProblems;
  }

  public String getImportSummary() {
    return importSummary;
  }

  public WorkUnitForm getForm() {
    return form;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getKindFilter() {
    return kindFilter;
  }

  public void setKindFilter(String kindFilter) {
    this.kindFilter = kindFilter;
  }
}
