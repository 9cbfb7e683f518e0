package id.klik.proposal.web;

import id.klik.innovation.application.InnovationService;
import id.klik.proposal.application.ProposalForms;
import id.klik.proposal.application.ProposalService;
import id.klik.proposal.application.ProposalSummary;
import id.klik.proposal.application.ProposalView;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The proposals list ({@code /t/<slug>/proposals}) and the start of a new one: an innovation the
 * person may change, and a form the clinic offers.
 */
@Named
@ViewScoped
@TenantBound
public class ProposalsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProposalService service;
  @Inject ProposalForms forms;
  @Inject InnovationService innovations;

  private List<ProposalSummary> proposals = List.of();
  private List<SelectItem> innovationChoices = List.of();
  private List<SelectItem> formChoices = List.of();
  private String innovationId;
  private String form;

  @PostConstruct
  void open() {
    proposals = service.list();
    innovationChoices =
        innovations.recent(0, 200).items().stream()
            .filter(i -> i.editable())
            .map(i -> new SelectItem(i.id().toString(), i.profile().name()))
            .toList();
    formChoices =
        forms.available().stream().map(f -> new SelectItem(f.ref(), title(f.title()))).toList();
  }

  public void create() throws IOException {
    try {
      UUID innovation =
          innovationId == null || innovationId.isBlank() ? null : UUID.fromString(innovationId);
      ProposalView created = service.create(innovation, form);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Notices.info("proposals.created");
      Object base = external.getRequestMap().get(RequestInfo.TENANT_BASE);
      external.redirect((base == null ? "" : base) + "/proposal?id=" + created.id());
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public String title(LocalizedText text) {
    return text == null ? "" : text.in(RequestInfo.locale());
  }

  public String state(String code) {
    return Notices.text("proposal.state." + code);
  }

  public List<ProposalSummary> getProposals() {
    return proposals;
  }

  public List<SelectItem> getInnovationChoices() {
    return innovationChoices;
  }

  public List<SelectItem> getFormChoices() {
    return formChoices;
  }

  public String getInnovationId() {
    return innovationId;
  }

  public void setInnovationId(String innovationId) {
    this.innovationId = innovationId;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }
}
