package id.klik.guideline.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One version of a guideline template: its header, its typed content, and the document tree it was
 * read from. The tree is what versions are compared and merged on, the same way for every kind.
 * Immutable: the tree is copied in and out.
 */
public record Template(TemplateHeader header, TemplateBody body, JsonNode tree) {

  public Template {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(body, "body");
    tree = tree.deepCopy();
  }

  /** A copy of the document tree; changing it does not change this template. */
  @Override
  public JsonNode tree() {
    return tree.deepCopy();
  }

  public TemplateKind kind() {
    return header.kind();
  }

  public TemplateRef ref() {
    return header.ref();
  }

  /** The typed content, e.g. {@code template.body(RubricBody.class).weightSum()}. */
  public <B extends TemplateBody> B body(Class<B> kindBody) {
    return kindBody.cast(body);
  }
}
