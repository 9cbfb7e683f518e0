package id.klik.innovation.web;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.application.ImportReport;
import id.klik.innovation.application.InnovationExport;
import id.klik.innovation.application.InnovationImport;
import id.klik.innovation.application.InnovationSearch;
import id.klik.innovation.domain.InnovationFilter;
import id.klik.people.application.TeamDirectory;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.FileRules;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Wires the portfolio list ({@code /t/<slug>/innovations}) to the search: words, filters with the
 * count of each value, paging, export of what is shown, and the import.
 */
@Named
@ViewScoped
@TenantBound
public class InnovationsPage implements Serializable {

  @Inject InnovationSearch search;
  @Inject InnovationExport export;
  @Inject InnovationImport imports;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject TeamDirectory teams;
  @Inject KlikConfig config;

  private final SearchForm form = new SearchForm();
  private final LazyDataModel<InnovationRow> table = new Table();
  private transient Map<String, List<InnovationSearch.Facet>> facets;
  private long total = -1;
  private Boolean mayRegister;
  private final List<ProblemRow> importProblems = new ArrayList<>();
  private String importSummary;

  /** One problem of a refused import, in the reader's language. */
  public record ProblemRow(int line, String column, String message) implements Serializable {}

  private final class Table extends LazyDataModel<InnovationRow> {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, result(0, 1).page().total());
    }

    @Override
    public List<InnovationRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, pageSize);
      InnovationSearch.Result r = result(first / size, size);
      setRowCount((int) Math.min(Integer.MAX_VALUE, r.page().total()));
      return r.page().items().stream().map(InnovationRow::of).toList();
    }

    @Override
    public String getRowKey(InnovationRow row) {
      return row.id();
    }
  }

  private InnovationSearch.Result result(int page, int size) {
    try {
      InnovationSearch.Result r = search.search(filter(), page, size);
      facets = r.facets();
      total = r.page().total();
      return r;
    } catch (ValidationException e) {
      Notices.problems(e);
      form.clear();
      return search.search(InnovationFilter.NONE, page, size);
    }
  }

  private InnovationFilter filter() {
    return search.filter(form.raw());
  }

  /** After a filter changed: the counts are read again with the next page of the table. */
  public void apply() {
    facets = null;
    total = -1;
  }

  public void clear() {
    form.clear();
    apply();
  }

  public SearchForm getForm() {
    return form;
  }

  public LazyDataModel<InnovationRow> getTable() {
    return table;
  }

  /** The values of one filter, each with its count, as choices "label (count)". */
  /** The filters the page offers, in their order. */
  public List<String> getFacetNames() {
    return FACETS;
  }

  private static final List<String> FACETS =
      List.of("stage", "kind", "form", "affair", "workUnit", "team", "year", "status", "shared");

  public List<FacetChoice> choices(String facet) {
    if (facets == null) {
      result(0, 1);
    }
    return FacetChoice.of(facet, facets.getOrDefault(facet, List.of()), form.value(facet));
  }

  public long getTotal() {
    if (total < 0) {
      result(0, 1);
    }
    return total;
  }

  /** The shown innovations as a spreadsheet, written while it downloads. */
  public StreamedContent download(String format) {
    InnovationExport.Format f = InnovationExport.Format.valueOf(format);
    InnovationFilter filter = filter();
    export.requireReader();
    return DefaultStreamedContent.builder()
        .name("inovasi-" + LocalDate.now(TenantTime.display().zone()) + "." + f.extension)
        .contentType(f.contentType)
        .writer(
            out -> {
              try {
                export.write(filter, f, out);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .build();
  }

  public void upload(FileUploadEvent event) {
    importProblems.clear();
    importSummary = null;
    try {
      if (event.getFile().getSize() > config.uploadMaxBytes()) {
        throw new id.klik.shared.files.FileTooLargeException(
            FileRules.tables(config.uploadMaxBytes()));
      }
      ImportReport report;
      try (InputStream in = event.getFile().getInputStream()) {
        report = imports.importFile(in);
      }
      importSummary = Notices.text("innovations.import.done", report.created());
      Notices.info("innovations.import.done", report.created());
      apply();
    } catch (ValidationException e) {
      for (FieldProblem p : e.problems()) {
        importProblems.add(
            new ProblemRow(p.line(), p.field(), Notices.text(p.messageKey(), p.args().toArray())));
      }
      Notices.error(e);
    } catch (KlikException e) {
      Notices.error(e);
    } catch (IOException e) {
      Notices.error(ValidationException.of("file", "innovation.import.unreadable"));
    }
  }

  public List<ProblemRow> getImportProblems() {
    return importProblems;
  }

  public String getImportSummary() {
    return importSummary;
  }

  public boolean isMayImport() {
    return permissions.may(Permission.INNOVATIONS_WRITE);
  }

  public long getUploadMaxBytes() {
    return config.uploadMaxBytes();
  }

  public String getUploadMaxMegabytes() {
    return FileRules.tables(config.uploadMaxBytes()).maxMegabytes();
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
