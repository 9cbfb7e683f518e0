package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A list of items being edited: items may be added, removed and moved. Written back, each item that
 * was read starts from its own node as read (so fields the outline does not show are kept), and
 * each new item gets an id no item of the list had, not even one removed since.
 */
public final class EditableList<T extends ItemEdit> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ArrayList<T> items = new ArrayList<>();
  private final HashSet<String> readIds = new HashSet<>();

  private EditableList() {}

  /** The items of a JSON array as read; a missing array gives an empty list. */
  static <T extends ItemEdit> EditableList<T> read(JsonNode array, Function<JsonNode, T> item) {
    EditableList<T> list = new EditableList<>();
    for (JsonNode node : array) {
      T read = item.apply(node);
      list.items.add(read);
      list.readIds.add(read.getId());
    }
    return list;
  }

  public List<T> getItems() {
    return Collections.unmodifiableList(items);
  }

  public int getSize() {
    return items.size();
  }

  public T get(int index) {
    return items.get(index);
  }

  void add(T item) {
    items.add(item);
  }

  public void remove(int index) {
    items.remove(index);
  }

  public void moveUp(int index) {
    if (index > 0 && index < items.size()) {
      Collections.swap(items, index, index - 1);
    }
  }

  public void moveDown(int index) {
    if (index >= 0 && index < items.size() - 1) {
      Collections.swap(items, index, index + 1);
    }
  }

  /** The array as edited, built on the array as read. */
  ArrayNode applyTo(JsonNode read) {
    Map<String, JsonNode> readById = new HashMap<>();
    for (JsonNode node : read) {
      readById.put(node.path("id").asText(), node);
    }
    Set<String> taken = new HashSet<>(readIds);
    ArrayNode written = JsonNodeFactory.instance.arrayNode();
    for (T item : items) {
      ObjectNode node;
      if (!item.isNew() && readById.get(item.getId()) instanceof ObjectNode found) {
        node = found.deepCopy();
      } else {
        String id =
            item.isNew()
                ? ElementIds.unique(item.idSource(), item.idFallback(), taken)
                : item.getId();
        node = JsonNodeFactory.instance.objectNode().put("id", id);
      }
      item.writeTo(node);
      written.add(node);
    }
    return written;
  }
}
