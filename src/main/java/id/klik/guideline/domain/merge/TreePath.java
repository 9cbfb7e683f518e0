package id.klik.guideline.domain.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a change is in a template tree: field names, and list items by their stable key (their
 * {@code id}, or the value itself in a list of plain values), never by position. Shown as e.g.
 * {@code phases[planning].steps[annual-plan].checklist[program-calendar].text}.
 */
public record TreePath(List<Segment> segments) {

  public static final TreePath ROOT = new TreePath(List.of());

  /** One step of a path. */
  public sealed interface Segment permits Field, Item {}

  /** A field of an object. */
  public record Field(String name) implements Segment {}

  /** The list item with this key. */
  public record Item(String key) implements Segment {}

  public TreePath {
    segments = List.copyOf(segments);
  }

  public TreePath field(String name) {
    return append(new Field(name));
  }

  public TreePath item(String key) {
    return append(new Item(key));
  }

  private TreePath append(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments);
    longer.add(segment);
    return new TreePath(longer);
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  public TreePath parent() {
    return new TreePath(segments.subList(0, segments.size() - 1));
  }

  public Segment last() {
    return segments.get(segments.size() - 1);
  }

  /** True when {@code other} lies strictly inside the node at this path. */
  public boolean isAncestorOf(TreePath other) {
    return other.segments.size() > segments.size()
        && other.segments.subList(0, segments.size()).equals(segments);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Item item) {
        text.append('[').append(item.key()).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(((Field) segment).name());
      }
    }
    return text.toString();
  }
}
