package id.klik.guideline.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class FormOutlineTest {

  private final JsonNode tree = Trees.yaml(Trees.FORM);
  private final TemplateOutline outline = TemplateOutline.of(tree);
  private final EditableList<SectionEdit> sections = outline.getForm().getSections();

  @Test
  void editingASectionsMinimumWordsChangesOnlyThatNumber() {
    sections.get(0).setMinWords(150);
    ObjectNode expected = tree.deepCopy();
    ((ObjectNode) expected.at("/sections/0")).set("minWords", IntNode.valueOf(150));

    assertThat(outline.applyTo(tree)).isEqualTo(expected);
  }

  @Test
  void aMinimumWordsAddedToASectionGoesBeforeItsFields() {
    sections.get(1).setMinWords(50);

    JsonNode section = outline.applyTo(tree).at("/sections/1");

    assertThat(section.fieldNames())
        .toIterable()
        .containsExactly("id", "title", "required", "minWords");
  }

  @Test
  void anEmptiedMinimumWordsIsRemoved() {
    sections.get(0).setMinWords(null);

    assertThat(outline.applyTo(tree).at("/sections/0").has("minWords")).isFalse();
  }

  @Test
  void aSectionsFieldsAreKeptWhenItMoves() {
    sections.moveUp(1);

    JsonNode written = outline.applyTo(tree).at("/sections");

    assertThat(Trees.ids(written)).containsExactly("goals", "background");
    assertThat(written.get(1)).isEqualTo(tree.at("/sections/0"));
  }

  @Test
  void aNewSectionGetsAnIdFromItsTitle() {
    SectionEdit section = outline.getForm().addSection();
    section.getTitle().setId("Rencana anggaran");
    section.setRequired(true);

    JsonNode added = outline.applyTo(tree).at("/sections/2");

    assertThat(added)
        .isEqualTo(
            Trees.yaml("{id: rencana-anggaran, title: {id: Rencana anggaran}, required: true}"));
  }

  @Test
  void removingASectionRemovesIt() {
    sections.remove(0);

    assertThat(Trees.ids(outline.applyTo(tree).at("/sections"))).containsExactly("goals");
  }
}
