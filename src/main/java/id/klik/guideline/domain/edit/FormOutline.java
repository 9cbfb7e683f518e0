package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;

/** The editable part of a form template: its sections. */
public final class FormOutline implements Serializable {

  private static final long serialVersionUID = 1L;

  private final EditableList<SectionEdit> sections;

  private FormOutline(EditableList<SectionEdit> sections) {
    this.sections = sections;
  }

  static FormOutline read(JsonNode tree) {
    return new FormOutline(EditableList.read(tree.path("sections"), SectionEdit::read));
  }

  public EditableList<SectionEdit> getSections() {
    return sections;
  }

  /** Adds a section without title at the end and gives it back. */
  public SectionEdit addSection() {
    SectionEdit section = SectionEdit.create();
    sections.add(section);
    return section;
  }

  void writeTo(ObjectNode tree) {
    ObjectFields.put(tree, "sections", sections.applyTo(tree.path("sections")));
  }
}
