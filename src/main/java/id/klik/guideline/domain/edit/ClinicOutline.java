package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;

/** The editable part of a clinic template: its phases, their steps and checklists. */
public final class ClinicOutline implements Serializable {

  private static final long serialVersionUID = 1L;

  private final EditableList<PhaseEdit> phases;

  private ClinicOutline(EditableList<PhaseEdit> phases) {
    this.phases = phases;
  }

  static ClinicOutline read(JsonNode tree) {
    return new ClinicOutline(EditableList.read(tree.path("phases"), PhaseEdit::read));
  }

  public EditableList<PhaseEdit> getPhases() {
    return phases;
  }

  void writeTo(ObjectNode tree) {
    ObjectFields.put(tree, "phases", phases.applyTo(tree.path("phases")));
  }
}
