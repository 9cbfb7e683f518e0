package id.klik.guideline.domain;

import id.klik.shared.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The stored form of a {@link TenantTemplate} in the tenant's schema: which published version it is
 * based on, and the tenant's current tree (JSON) with its revision.
 */
@Entity
@Table(name = "tenant_template")
public class AdoptedTemplate {

  @Id private UUID id;

  @Column(name = "template_id")
  private String templateId;

  private String kind;

  @Column(name = "basis_ref")
  private String basisRef;

  @Column(name = "current_json")
  private String currentJson;

  private int revision;

  /** For a clinic template: the one that drives the clinic; at most one per tenant. */
  private boolean active;

  @Column(name = "adopted_at")
  private OffsetDateTime adoptedAt;

  @Version private long version;

  protected AdoptedTemplate() {}

  public AdoptedTemplate(TenantTemplate adopted) {
    this.id = UUID.randomUUID();
    this.templateId = adopted.current().header().id();
    this.kind = adopted.current().kind().name();
    this.adoptedAt = OffsetDateTime.now(ZoneOffset.UTC);
    store(adopted);
  }

  /** Keeps the tenant template's current state (after a customization or a merge). */
  public void store(TenantTemplate t) {
    this.basisRef = t.basis().ref().toString();
    this.currentJson = t.current().tree().toString();
    this.revision = t.revision();
  }

  public boolean active() {
    return active;
  }

  /**
   * Makes this the template that drives the tenant's clinic; the caller clears the previous one.
   *
   * @throws ValidationException when this is not a clinic template: only a clinic template says how
   *     the clinic works
   */
  public void activate() {
    if (!TemplateKind.CLINIC.name().equals(kind)) {
      throw ValidationException.of("templateId", "template.notClinic", templateId);
    }
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public String templateId() {
    return templateId;
  }

  public String kind() {
    return kind;
  }

  public TemplateRef basisRef() {
    return TemplateRef.parse(basisRef);
  }

  public String currentJson() {
    return currentJson;
  }

  public int revision() {
    return revision;
  }

  public OffsetDateTime adoptedAt() {
    return adoptedAt;
  }
}
