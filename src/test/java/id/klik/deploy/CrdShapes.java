package id.klik.deploy;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Minimal structural schemas for the custom resources the chart renders (CloudNativePG, Keycloak
 * Operator). No typed model exists for them here, and their full CRDs are too large to vendor: each
 * schema lists the fields the chart uses, as the operators' CRDs spell them, and forbids any other
 * field at those levels, so a misspelt field fails instead of being pruned by the API server.
 */
final class CrdShapes {

  static final Map<String, String> SCHEMAS =
      Map.of(
          "postgresql.cnpg.io/v1/Cluster", "deploy/crds/cnpg-cluster.schema.json",
          "k8s.keycloak.org/v2alpha1/Keycloak", "deploy/crds/keycloak.schema.json",
          "k8s.keycloak.org/v2alpha1/KeycloakRealmImport",
              "deploy/crds/keycloak-realm-import.schema.json");

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

  private CrdShapes() {}

  static List<String> violations(Map<String, Object> document) {
    String resource = SCHEMAS.get(StrictModels.typeOf(document));
    if (resource == null) {
      return List.of("no structural schema for " + StrictModels.typeOf(document));
    }
    JsonSchema schema = load(resource);
    return schema.validate(Manifests.JSON.valueToTree(document)).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .toList();
  }

  private static JsonSchema load(String resource) {
    try (InputStream in = CrdShapes.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return FACTORY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
