package id.klik.innovation.api;

import id.klik.innovation.application.SharedDirectory;
import id.klik.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The directory of innovations other regions share, at {@code /t/{slug}/api/shared-innovations}:
 * name, region, primary affair, stage and summary, nothing else.
 */
@Path("/tenant/shared-innovations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Replication", description = "Shared innovations and replication across regions")
public class SharedInnovationResource {

  @Inject SharedDirectory directory;

  @GET
  @Operation(summary = "Other regions' shared innovations, by name, a page at a time")
  public SharedInnovationPageDto list(
      @Parameter(description = "Text in the innovation's name") @QueryParam("q") String q,
      @Parameter(description = "Only this primary government affair (its code)")
          @QueryParam("affair")
          String affair,
      @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
      @Parameter(description = "Page size, 1–200, default 20") @QueryParam("size") Integer size) {
    Page<SharedInnovationDto> result =
        directory
            .search(q, affair, page == null ? 0 : Math.max(0, page), Page.size(size))
            .map(SharedInnovationDto::of);
    return new SharedInnovationPageDto(
        result.items(), result.page(), result.size(), result.total());
  }
}
