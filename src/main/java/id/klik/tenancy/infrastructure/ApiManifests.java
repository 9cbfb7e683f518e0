package id.klik.tenancy.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.klik.shared.domain.FieldProblem;
import id.klik.tenancy.domain.InvalidManifestException;
import id.klik.tenancy.domain.ManifestResult;
import id.klik.tenancy.domain.NewTenant;
import id.klik.tenancy.domain.TenantSettings;
import java.util.List;
import java.util.Locale;

/**
 * Turns a tenant asked for through the API or console into a manifest (the document a {@code
 * tenant.yaml} holds, kept as JSON in the registry row), and checks it with the {@link
 * ManifestReader}: the same schema, rules and messages as a folder's manifest. Plain Java.
 */
public final class ApiManifests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ManifestReader reader = new ManifestReader();

  /** The manifest of a new tenant; its admins become members with role clinic-admin. */
  public String manifestOf(NewTenant t) {
    ObjectNode doc = JSON.createObjectNode();
    put(doc, "slug", t.slug());
    put(doc, "name", t.name());
    put(doc, "kind", t.kind() == null ? null : t.kind().trim().toLowerCase(Locale.ROOT));
    put(doc, "regionCode", t.regionCode());
    put(doc, "timeZone", t.timeZone());
    put(doc, "locale", t.locale());
    ArrayNode members = doc.putArray("members");
    for (NewTenant.Admin admin : t.admins()) {
      ObjectNode m = members.addObject();
      m.put("username", admin.username());
      put(m, "email", admin.email() == null ? null : admin.email().trim());
      put(m, "name", admin.name());
      m.putArray("roles").add("clinic-admin");
    }
    return write(doc);
  }

  /** The stored manifest with the settings changed; what the settings leave out stays. */
  public String withSettings(String manifest, TenantSettings s) {
    ObjectNode doc = read(manifest);
    if (s.name() != null) {
      doc.put("name", s.name());
    }
    if (s.timeZone() != null) {
      doc.put("timeZone", s.timeZone());
    }
    if (s.locale() != null) {
      doc.put("locale", s.locale());
    }
    if (s.modules() != null) {
      ArrayNode modules = doc.putArray("modules");
      s.modules().forEach(modules::add);
      if (s.modules().isEmpty()) {
        doc.remove("modules");
      }
    }
    if (s.primaryColor() != null) {
      if (s.primaryColor().isBlank()) {
        doc.remove("branding");
      } else {
        doc.putObject("branding").put("primaryColor", s.primaryColor().trim());
      }
    }
    return write(doc);
  }

  /**
   * The manifest checked as a folder's would be, plus the request's own rules.
   *
   * @throws InvalidManifestException with every problem, by the request's field names
   */
  public ManifestResult check(String slug, String manifest, List<FieldProblem> others) {
    ManifestResult result = reader.readStored(slug == null ? "" : slug, manifest);
    if (!result.valid() || !others.isEmpty()) {
      throw new InvalidManifestException(result.problems(), others);
    }
    return result;
  }

  /** A manifest stored earlier, read for the reconciler; problems are reported, not thrown. */
  public ManifestResult read(String slug, String manifest) {
    return reader.readStored(slug, manifest);
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value.trim());
    }
  }

  private static ObjectNode read(String manifest) {
    try {
      return (ObjectNode) JSON.readTree(manifest);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("stored manifest unreadable: " + e.getMessage(), e);
    }
  }

  private static String write(ObjectNode doc) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
