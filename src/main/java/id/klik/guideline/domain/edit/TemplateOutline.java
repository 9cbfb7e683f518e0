package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;

/**
 * What a person can edit of a template in a form, by kind: a clinic's steps and checklists, a
 * form's sections, a rubric's criteria. Other kinds have no outline and are edited as text.
 *
 * <pre>{@code
 * TemplateOutline outline = TemplateOutline.of(tree);
 * outline.getRubric().getCriteria().get(0).setWeight(new BigDecimal("30"));
 * JsonNode edited = outline.applyTo(tree); // only that weight differs
 * }</pre>
 */
public final class TemplateOutline implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final ClinicOutline clinic;
  private final FormOutline form;
  private final RubricOutline rubric;

  private TemplateOutline(
      String kind, ClinicOutline clinic, FormOutline form, RubricOutline rubric) {
    this.kind = kind;
    this.clinic = clinic;
    this.form = form;
    this.rubric = rubric;
  }

  /** The outline of a template tree; empty for a kind without one. */
  public static TemplateOutline of(JsonNode tree) {
    String kind = tree.path("kind").asText();
    return switch (kind) {
      case "clinic" -> new TemplateOutline(kind, ClinicOutline.read(tree), null, null);
      case "form" -> new TemplateOutline(kind, null, FormOutline.read(tree), null);
      case "rubric" -> new TemplateOutline(kind, null, null, RubricOutline.read(tree));
      default -> new TemplateOutline(kind, null, null, null);
    };
  }

  /** The {@code kind} of the template, e.g. {@code clinic}. */
  public String getKind() {
    return kind;
  }

  /** True when the kind has parts to edit in a form. */
  public boolean isStructured() {
    return clinic != null || form != null || rubric != null;
  }

  /** The clinic's phases; null unless the template is a clinic. */
  public ClinicOutline getClinic() {
    return clinic;
  }

  /** The form's sections; null unless the template is a form. */
  public FormOutline getForm() {
    return form;
  }

  /** The rubric's criteria; null unless the template is a rubric. */
  public RubricOutline getRubric() {
    return rubric;
  }

  /**
   * A new tree: the given one (the tree this outline was made of) with the edits. The given tree is
   * not changed; what was not edited keeps its value and place.
   */
  public JsonNode applyTo(JsonNode tree) {
    ObjectNode edited = tree.deepCopy();
    if (clinic != null) {
      clinic.writeTo(edited);
    } else if (form != null) {
      form.writeTo(edited);
    } else if (rubric != null) {
      rubric.writeTo(edited);
    }
    return edited;
  }
}
