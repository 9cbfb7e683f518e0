package id.klik.identity.web;

import id.klik.identity.application.MemberAdministration;
import id.klik.identity.application.MemberChange;
import id.klik.identity.application.MemberInput;
import id.klik.identity.application.MemberWorkUnits;
import id.klik.identity.domain.Membership;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.MembershipRepository;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Wires the members page (list, invite form, change dialog, CSV upload) to the services. */
@Named
@ViewScoped
@TenantBound
public class MembersPage implements Serializable {

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

  /** A work unit to choose. */
  public record Choice(UUID id, String name) implements Serializable {
    public UUID getId() {
      return id;
    }

    public String getName() {
      return name;
    }
  }

  @Inject MemberAdministration members;
  @Inject MemberWorkUnits workUnits;

  private String search;
  private MemberForm invite = new MemberForm();
  private MemberForm edit = new MemberForm();
  private Map<UUID, String> unitNames = Map.of();
  private final List<ProblemRow> importProblems = new ArrayList<>();
  private String importSummary;
  private final LazyDataModel<MemberRow> table = new Table();

  @PostConstruct
  void load() {
    unitNames = workUnits.names();
  }

  private final class Table extends LazyDataModel<MemberRow> {
    private List<MemberRow> shown = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page(0, 1).total();
    }

    @Override
    public List<MemberRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Page<Membership> page = page(first / Math.max(1, pageSize), pageSize);
      setRowCount((int) page.total());
      shown =
          page.items().stream()
              .map(
                  m ->
                      MemberRow.of(
                          m, m.workUnitId() == null ? null : unitNames.get(m.workUnitId())))
              .toList();
      return shown;
    }

    @Override
    public String getRowKey(MemberRow row) {
      return row.id().toString();
    }

    @Override
    public MemberRow getRowData(String rowKey) {
      return shown.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
    }
  }

  private Page<Membership> page(int page, int size) {
    return members.search(new MembershipRepository.Filter(search, null), page, size);
  }

  public void sendInvitation() {
    try {
      Membership m =
          members.invite(
              new MemberInput(
                  invite.getEmail(),
                  invite.getName(),
                  labels(invite.getRoles()),
                  invite.getWorkUnitId()));
      info("member.invited", m.email());
      invite = new MemberForm();
    } catch (KlikException e) {
      fail(e);
    }
  }

  public void startEdit(MemberRow row) {
    edit = MemberForm.of(row);
  }

  public void saveEdit() {
    try {
      Membership m =
          members.change(
              edit.getId(), new MemberChange(labels(edit.getRoles()), edit.getWorkUnitId()));
      info("member.saved", m.displayName());
      PrimeFaces.current().executeScript("PF('memberDialog').hide()");
    } catch (KlikException e) {
      fail(e);
      PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }
  }

  public void deactivate(MemberRow row) {
    try {
      members.deactivate(row.id());
      info("member.deactivated", row.name());
    } catch (KlikException e) {
      fail(e);
    }
  }

  public void reinvite(MemberRow row) {
    try {
      members.reinvite(row.id());
      info("member.reinvited", row.email());
    } catch (KlikException e) {
      fail(e);
    }
  }

  public void upload(FileUploadEvent event) {
    importProblems.clear();
    importSummary = null;
    try {
      String text;
      try (InputStream in = event.getFile().getInputStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      int invited = members.importCsv(text).size();
      importSummary = text("member.importDone", invited);
      info("member.importDone", invited);
    } catch (ValidationException e) {
      for (FieldProblem p : e.problems()) {
        importProblems.add(
            new ProblemRow(p.line(), p.field(), text(p.messageKey(), p.args().toArray())));
      }
      importSummary = text("member.importFailed");
    } catch (KlikException e) {
      fail(e);
      importSummary = text("member.importFailed");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> labels(List<String> roleNames) {
    return roleNames.stream().map(r -> TenantRole.valueOf(r).label()).toList();
  }

  public List<TenantRole> getRoleChoices() {
    return List.of(TenantRole.values());
  }

  public List<Choice> getUnitChoices() {
    return unitNames.entrySet().stream()
        .map(e -> new Choice(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(Choice::name))
        .toList();
  }

  public String roleNames(List<String> roles) {
    return String.join(", ", roles.stream().map(r -> text("role." + r)).toList());
  }

  public String statusLabel(String status) {
    return text("member.status." + status);
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

  public LazyDataModel<MemberRow> getTable() {
    return table;
  }

  public List<ProblemRow> getImportProblems() {
    return importProblems;
  }

  public String getImportSummary() {
    return importSummary;
  }

  public MemberForm getInvite() {
    return invite;
  }

  public MemberForm getEdit() {
    return edit;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
