package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;

/**
 * One item of a list whose items carry an id (a step, a checklist item, a section, a criterion). An
 * item that was read keeps its id forever; a new item has none until it is written.
 */
public abstract class ItemEdit implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;

  /**
   * @param id the id as read, or null for a new item
   */
  protected ItemEdit(String id) {
    this.id = id;
  }

  /** The id as read; null for a new item. */
  public String getId() {
    return id;
  }

  public boolean isNew() {
    return id == null;
  }

  /** The Indonesian text a new item's id is made from. */
  abstract String idSource();

  /** The id of a new item whose text has no letters or digits yet, e.g. {@code step}. */
  abstract String idFallback();

  /** Writes the edited fields into the item's node: a copy of the node read, or a new one. */
  abstract void writeTo(ObjectNode node);
}
