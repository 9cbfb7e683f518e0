package id.klik.identity.domain;

import java.util.Objects;

/**
 * What an assignment grants a permission on: one team, one proposal. The kind names the aggregate
 * (e.g. {@code team}), the id is its identifier in the tenant.
 */
public record GrantSubject(String kind, String id) {

  public GrantSubject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static GrantSubject of(String kind, Object id) {
    return new GrantSubject(kind, String.valueOf(id));
  }
}
