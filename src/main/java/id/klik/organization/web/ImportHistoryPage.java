package id.klik.organization.web;

import id.klik.organization.application.ImportHistoryService;
import id.klik.organization.application.ImportedFile;
import id.klik.shared.domain.Page;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** Wires the import history of the work-units page (a table with downloads) to its service. */
@Named
@ViewScoped
public class ImportHistoryPage implements Serializable {

  @Inject ImportHistoryService history;

  private final LazyDataModel<ImportRow> table = new Table();

  private final class Table extends LazyDataModel<ImportRow> {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) history.latest(0, 1).total();
    }

    @Override
    public List<ImportRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<ImportedFile> page = history.latest(first / Math.max(1, pageSize), pageSize);
      setRowCount((int) page.total());
      return page.items().stream().map(ImportRow::of).toList();
    }

    @Override
    public String getRowKey(ImportRow row) {
      return row.id().toString();
    }
  }

  /**
   * The file of one import as a download: an attachment of the type detected at upload, which the
   * browser must not second-guess (nosniff).
   */
  public StreamedContent download(UUID id) {
    ImportedFile imported = history.get(id);
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("X-Content-Type-Options", "nosniff");
    return DefaultStreamedContent.builder()
        .name(imported.record().filename())
        .contentType(imported.file().contentType())
        .contentLength(imported.file().size())
        .stream(() -> history.open(imported))
        .build();
  }

  public LazyDataModel<ImportRow> getTable() {
    return table;
  }
}
