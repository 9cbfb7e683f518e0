package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies upstream changes to the tenant's tree (a private copy). A new or moved list item goes
 * right after the item that precedes it upstream and exists here, so the publisher's order is kept
 * around the tenant's own items.
 */
final class TreeEdits {

  private final JsonNode result;
  private final JsonNode upstream;

  TreeEdits(JsonNode result, JsonNode upstream) {
    this.result = result;
    this.upstream = upstream;
  }

  /** Applies a change that does not collide with the tenant's changes. */
  void apply(TemplateChange change) {
    switch (change.type()) {
      case ADDED, CHANGED -> put(change.path(), change.after());
      case REMOVED -> remove(change.path());
      case MOVED -> place(change.path());
    }
  }

  /**
   * Makes the node of an upstream change as it is upstream. When the tenant deleted a node around
   * it, the outermost deleted one is restored whole from upstream.
   */
  void takeUpstream(TemplateChange change) {
    TreePath path = change.path();
    if (change.type() == ChangeType.MOVED && TreeAccess.find(result, path) != null) {
      place(path); // a move is about the place only: the tenant's edits of the item stay
      return;
    }
    TreePath target = path;
    while (!target.parent().isRoot() && TreeAccess.find(result, target.parent()) == null) {
      target = target.parent();
    }
    JsonNode wanted = TreeAccess.find(upstream, target);
    if (wanted == null) {
      remove(target);
      return;
    }
    put(target, wanted);
    if (target.last() instanceof TreePath.Item) {
      place(target);
    }
  }

  private void put(TreePath path, JsonNode value) {
    JsonNode parent = parentOf(path);
    if (path.last() instanceof TreePath.Field field) {
      ((ObjectNode) parent).set(field.name(), value.deepCopy());
      return;
    }
    ArrayNode list = (ArrayNode) parent;
    String key = ((TreePath.Item) path.last()).key();
    int index = KeyedList.indexOf(list, key);
    if (index >= 0) {
      list.set(index, value.deepCopy());
    } else {
      list.insert(positionFor(path, list), value.deepCopy());
    }
  }

  private void remove(TreePath path) {
    JsonNode parent = TreeAccess.find(result, path.parent());
    if (parent == null) {
      return; // already gone with its parent
    }
    if (path.last() instanceof TreePath.Field field) {
      ((ObjectNode) parent).remove(field.name());
      return;
    }
    int index = KeyedList.indexOf(parent, ((TreePath.Item) path.last()).key());
    if (index >= 0) {
      ((ArrayNode) parent).remove(index);
    }
  }

  private void place(TreePath path) {
    ArrayNode list = (ArrayNode) parentOf(path);
    int index = KeyedList.indexOf(list, ((TreePath.Item) path.last()).key());
    if (index < 0) {
      return;
    }
    JsonNode item = list.remove(index);
    list.insert(positionFor(path, list), item);
  }

  /** Right after the nearest item that precedes this one upstream and exists here; else first. */
  private int positionFor(TreePath path, ArrayNode list) {
    JsonNode upstreamList = TreeAccess.find(upstream, path.parent());
    String key = ((TreePath.Item) path.last()).key();
    int upstreamIndex = upstreamList == null ? -1 : KeyedList.indexOf(upstreamList, key);
    if (upstreamIndex < 0) {
      return list.size();
    }
    for (int i = upstreamIndex - 1; i >= 0; i--) {
      int here = KeyedList.indexOf(list, KeyedList.keyOf(upstreamList.get(i)));
      if (here >= 0) {
        return here + 1;
      }
    }
    return 0;
  }

  private JsonNode parentOf(TreePath path) {
    JsonNode parent = TreeAccess.find(result, path.parent());
    if (parent == null) {
      throw new IllegalStateException("Nothing to change at " + path + ": its parent is gone");
    }
    return parent;
  }
}
