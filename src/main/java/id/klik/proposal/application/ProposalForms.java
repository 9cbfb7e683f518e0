package id.klik.proposal.application;

import id.klik.guideline.application.ActiveClinicService;
import id.klik.guideline.domain.ClinicGuide;
import id.klik.guideline.domain.FormBody;
import id.klik.guideline.domain.TemplateKind;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The forms a proposal may be written in: those the tenant's active clinic template names (the IID
 * innovation profile, the KIPP form, the city's own), each the tenant's own copy when it adopted
 * one.
 */
@ApplicationScoped
public class ProposalForms {

  /** The form of the national innovation profile, whose sections are the innovation's fields. */
  public static final String IID_PROFILE = "iid-innovation-profile";

  /** A form to write in: its reference as the clinic template names it, and its content. */
  public record Form(String templateId, String version, LocalizedText title, FormBody body) {
    public String ref() {
      return templateId + "@" + version;
    }

    public boolean iidProfile() {
      return IID_PROFILE.equals(templateId);
    }

    public FormBody.Section section(String id) {
      return body.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
  }

  @Inject ActiveClinicService clinic;

  @Transactional
  public List<Form> available() {
    return clinic.guide().map(g -> g.used(TemplateKind.FORM)).orElse(List.of()).stream()
        .map(ProposalForms::form)
        .toList();
  }

  /** The form {@code templateId@version}, if the clinic offers it; else a 400 naming the field. */
  @Transactional
  public Form require(String ref) {
    if (ref == null || !ref.contains("@")) {
      throw ValidationException.of("form", "proposal.formUnknown", String.valueOf(ref));
    }
    return available().stream()
        .filter(f -> f.ref().equals(ref.strip()))
        .findFirst()
        .orElseThrow(() -> ValidationException.of("form", "proposal.formUnknown", ref));
  }

  /**
   * The form a proposal was started in, by template id: the clinic's current copy of it (a newer
   * version or the tenant's customization is what the proposal is checked against now).
   */
  @Transactional
  public Form of(String templateId) {
    return available().stream()
        .filter(f -> f.templateId().equals(templateId))
        .findFirst()
        .orElseThrow(() -> new ConflictException("proposal.formGone", templateId));
  }

  private static Form form(ClinicGuide.Used used) {
    return new Form(
        used.named().templateId(),
        used.named().version().toString(),
        used.template().header().title(),
        used.template().body(FormBody.class));
  }
}
