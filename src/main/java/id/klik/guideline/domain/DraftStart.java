package id.klik.guideline.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.klik.shared.domain.LocalizedText;
import java.time.Year;
import java.util.Objects;

/**
 * Where a new draft starts when it is made from a published template: the publisher's next version,
 * or another publisher's copy. Both are edits of the document tree, never of its text: a person
 * writes the header in any YAML layout (a block-style {@code publisher:}, a comment), and a text
 * substitution that assumes one layout breaks the others.
 */
public final class DraftStart {

  private DraftStart() {}

  /** The same template with its version raised by one step, for its publisher to go on with. */
  public static JsonNode nextVersion(Template template) {
    ObjectNode tree = (ObjectNode) template.tree();
    tree.put("version", template.header().version().next().toString());
    return tree;
  }

  /**
   * A copy another publisher makes its own: under its name, an id of its own ({@code <slug>-<id>})
   * and the first version of the year; without the {@code basedOn} of the original, which was the
   * original publisher's history.
   *
   * @param publisher the publisher of the copy; a tenant, since KLIK's built-ins are never copies
   */
  public static JsonNode copyFor(Template template, Publisher publisher, Year year) {
    Objects.requireNonNull(publisher.tenant(), "a copy is published by a tenant");
    ObjectNode tree = (ObjectNode) template.tree();
    tree.put("id", publisher.tenant() + "-" + template.header().id());
    tree.put("version", year.getValue() + ".1");
    tree.set("publisher", publisherNode(publisher));
    tree.remove("basedOn");
    return tree;
  }

  private static ObjectNode publisherNode(Publisher publisher) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("tenant", publisher.tenant());
    LocalizedText name = publisher.name();
    if (name.en() == null) {
      node.put("name", name.id());
    } else {
      node.putObject("name").put("id", name.id()).put("en", name.en());
    }
    return node;
  }
}
