package id.klik.innovation.web;

import id.klik.innovation.application.EvidenceIndicators;
import id.klik.innovation.application.EvidenceItemView;
import id.klik.innovation.application.EvidenceService;
import id.klik.innovation.application.EvidenceUpload;
import id.klik.innovation.application.InnovationAccess;
import id.klik.innovation.domain.EvidenceSlot;
import id.klik.innovation.domain.IndexIndicators;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Wires the evidence tab of the innovation page to {@link EvidenceService}: the items with their
 * versions (each download asks the service, which checks access again), and an upload with its
 * target (an indicator, a profile slot or none) or the item it adds a version to.
 */
@Named
@ViewScoped
@TenantBound
public class EvidencePage implements Serializable {

  /** A line of the list: one item with its versions, ready to show. */
  public record Row(String id, String title, String target, List<VersionRow> versions)
      implements Serializable {}

  /** One version of a row. */
  public record VersionRow(
      int version, String filename, String size, String type, String by, String at)
      implements Serializable {}

  @Inject EvidenceService service;
  @Inject EvidenceIndicators indicators;
  @Inject InnovationAccess access;

  private UUID innovationId;
  private boolean editable;
  private List<Row> rows = List.of();
  private List<SelectItem> targets = List.of();
  private String target = "";
  private String evidenceId = "";
  private String result;

  @PostConstruct
  void open() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      innovationId = UUID.fromString(id == null ? "" : id);
      editable = access.mayEdit(innovationId);
      load();
      targets = targets(editable ? indicators.current() : IndexIndicators.NONE);
    } catch (IllegalArgumentException | NotFoundException e) {
      innovationId = null;
    }
  }

  private void load() {
    rows = service.list(innovationId).stream().map(EvidencePage::row).toList();
  }

  private static Row row(EvidenceItemView item) {
    String target;
    if (item.slot() != null) {
      target = Notices.text("evidence.slot." + item.slot());
    } else if (item.indicatorId() != null) {
      target =
          item.indicatorNumber() == null
              ? item.indicatorId()
              : Notices.text(
                  "evidence.indicatorLabel",
                  item.indicatorNumber(),
                  item.indicatorTitle().in(RequestInfo.locale()));
    } else {
      target = Notices.text("evidence.general");
    }
    return new Row(
        item.id().toString(),
        item.title(),
        target,
        item.versions().stream()
            .map(
                v ->
                    new VersionRow(
                        v.version(),
                        v.filename(),
                        size(v.size()),
                        v.contentType(),
                        v.uploadedBy(),
                        TenantTime.format(v.uploadedAt())))
            .toList());
  }

  private static List<SelectItem> targets(IndexIndicators model) {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("", Notices.text("evidence.general")));
    for (EvidenceSlot slot : EvidenceSlot.values()) {
      items.add(
          new SelectItem("slot:" + slot.code(), Notices.text("evidence.slot." + slot.code())));
    }
    for (IndexIndicators.Indicator i : model.indicators()) {
      items.add(
          new SelectItem(
              "indicator:" + i.id(),
              Notices.text(
                  "evidence.indicatorLabel", i.number(), i.title().in(RequestInfo.locale()))));
    }
    return items;
  }

  /** Bytes in the reader's units: 12 KB, 3.4 MB. */
  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%.0f KB", bytes / 1000.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  public void upload(FileUploadEvent event) {
    result = null;
    String indicator = target.startsWith("indicator:") ? target.substring(10) : null;
    String slot = target.startsWith("slot:") ? target.substring(5) : null;
    try (InputStream in = event.getFile().getInputStream()) {
      EvidenceItemView item =
          service.upload(
              innovationId,
              EvidenceUpload.of(
                  event.getFile().getFileName(),
                  in,
                  indicator,
                  slot,
                  evidenceId.isBlank() ? null : evidenceId,
                  null));
      result = Notices.text("evidence.uploaded", item.newest().version(), item.title());
      Notices.info("evidence.uploaded", item.newest().version(), item.title());
      evidenceId = "";
      load();
    } catch (KlikException e) {
      result = Notices.text("evidence.refused");
      Notices.problems(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A version as a download: the service checks access and finds it under this innovation. */
  public StreamedContent download(String id, int version) {
    EvidenceItemView.Version file = service.version(innovationId, UUID.fromString(id), version);
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("X-Content-Type-Options", "nosniff");
    return DefaultStreamedContent.builder()
        .name(file.filename())
        .contentType(file.contentType())
        .contentLength(file.size())
        .stream(() -> service.open(file))
        .build();
  }

  /** The items one can add a version to, after "a new item". */
  public List<SelectItem> getItems() {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("", Notices.text("evidence.newItem")));
    rows.forEach(r -> items.add(new SelectItem(r.id(), r.title() + " (" + r.target() + ")")));
    return items;
  }

  public boolean isAvailable() {
    return innovationId != null;
  }

  public boolean isEditable() {
    return editable;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<SelectItem> getTargets() {
    return targets;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target == null ? "" : target;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public void setEvidenceId(String evidenceId) {
    this.evidenceId = evidenceId == null ? "" : evidenceId;
  }

  public String getResult() {
    return result;
  }

  /** The page's limit: the vault's, within what the container takes for a page upload. */
  public long getMaxBytes() {
    return Math.min(service.maxBytes(), KlikConfig.UPLOAD_CEILING_BYTES);
  }

  public String getMaxMegabytes() {
    return String.valueOf(getMaxBytes() / 1_000_000);
  }
}
