package id.klik.shared.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Publishes tenant endpoints under the address callers use, {@code /t/{slug}/api/...}, instead of
 * the internal {@code /api/tenant/...} they are forwarded to.
 */
public class TenantPathsFilter implements OASFilter {

  private static final String INTERNAL = "/api/tenant/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Paths paths = openAPI.getPaths();
    if (paths == null || paths.getPathItems() == null) {
      return;
    }
    Map<String, PathItem> rewritten = new LinkedHashMap<>();
    paths
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith(INTERNAL)) {
                item.getOperations().values().forEach(op -> op.addParameter(slugParameter()));
                rewritten.put("/t/{slug}/api/" + path.substring(INTERNAL.length()), item);
              } else {
                rewritten.put(path, item);
              }
            });
    paths.setPathItems(rewritten);
  }

  private static Parameter slugParameter() {
    return OASFactory.createParameter()
        .name("slug")
        .in(Parameter.In.PATH)
        .required(true)
        .description("The tenant, e.g. pontianak")
        .schema(
            OASFactory.createSchema()
                .type(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING));
  }
}
