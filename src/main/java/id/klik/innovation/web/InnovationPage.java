package id.klik.innovation.web;

import id.klik.innovation.application.InnovationProfilePdf;
import id.klik.innovation.application.InnovationService;
import id.klik.innovation.application.InnovationView;
import id.klik.innovation.domain.HistoryEntry;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Wires one innovation's page ({@code /t/<slug>/innovation?id=}) to the service: the profile and
 * history tabs here; journey, evidence and replication fill their tabs with their own beans. An id
 * that is not an innovation of this tenant answers 404.
 */
@Named
@ViewScoped
@TenantBound
public class InnovationPage implements Serializable {

  @Inject InnovationService service;
  @Inject InnovationProfilePdf profilePdf;

  private InnovationView innovation;
  private List<HistoryRow> history = List.of();

  /** A line of the history tab. */
  public record HistoryRow(String field, String from, String to, String by, String at)
      implements Serializable {}

  @PostConstruct
  void open() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      UUID uuid = UUID.fromString(id == null ? "" : id);
      innovation = service.get(uuid);
      history = service.history(uuid).stream().map(InnovationPage::row).toList();
    } catch (IllegalArgumentException | NotFoundException e) {
      answer(404);
    }
  }

  private static HistoryRow row(HistoryEntry e) {
    String list = e.field();
    return new HistoryRow(
        Notices.text("innovation.history.field." + list),
        e.oldValue() == null
            ? Notices.text("innovation.history.first")
            : Notices.text("innovation." + list + "." + e.oldValue()),
        Notices.text("innovation." + list + "." + e.newValue()),
        e.changedBy(),
        TenantTime.format(e.changedAt()));
  }

  /** Ends the request with this status (the edge's error page), instead of a page about nothing. */
  static void answer(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** The innovation's profile as a PDF, in the page's language. */
  public StreamedContent profilePdf() {
    UUID id = innovation.id();
    byte[] pdf = profilePdf.render(id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    return DefaultStreamedContent.builder()
        .name("profil-" + id + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new java.io.ByteArrayInputStream(pdf))
        .build();
  }

  public InnovationView getInnovation() {
    return innovation;
  }

  public String getIdText() {
    return innovation == null ? "" : innovation.id().toString();
  }

  public List<HistoryRow> getHistory() {
    return history;
  }

  public String label(String list, String code) {
    return code == null ? "" : Notices.text("innovation." + list + "." + code);
  }

  public String affair(String code) {
    return ProfileChoices.affairName(code);
  }

  /** The other affairs by name, in the person's language. */
  public String getOtherAffairNames() {
    if (innovation == null) {
      return "";
    }
    return String.join(
        ", ",
        innovation.profile().otherAffairs().stream().map(ProfileChoices::affairName).toList());
  }

  public String getUpdated() {
    return innovation == null ? "" : TenantTime.format(innovation.updatedAt());
  }

  public boolean isNarrativeShort() {
    return innovation != null && innovation.narrativeWords() < 300;
  }
}
