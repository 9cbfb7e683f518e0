package id.klik.innovation.api;

import id.klik.innovation.application.Replications;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "This innovation replicates another region's shared innovation", at {@code
 * /t/{slug}/api/innovations/{id}/replicates}.
 */
@Path("/tenant/innovations/{id}/replicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Replication", description = "Shared innovations and replication across regions")
public class ReplicatesResource {

  @Inject Replications replications;

  @POST
  @Operation(
      summary = "Declare that this innovation replicates another region's shared innovation",
      description =
          "Body: {\"tenant\", \"innovationId\"} as the directory lists them. The link is"
              + " REQUESTED until the other region confirms or declines it.")
  @APIResponse(responseCode = "201", description = "Requested")
  @APIResponse(
      responseCode = "400",
      description = "The other innovation is not shared, or is this region's own",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  @APIResponse(responseCode = "403", description = "The caller may not edit this innovation")
  @APIResponse(responseCode = "404", description = "No such innovation in this tenant")
  @APIResponse(responseCode = "409", description = "These two are linked already")
  public Response declare(@PathParam("id") UUID id, ReplicatesInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    ReplicationDto link =
        ReplicationDto.of(replications.declare(id, input.tenant(), input.innovationId()));
    return Response.status(201).entity(link).build();
  }
}
