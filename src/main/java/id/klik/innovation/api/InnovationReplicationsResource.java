package id.klik.innovation.api;

import id.klik.innovation.application.ReplicationService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An innovation's replication links, at {@code /t/{slug}/api/innovations/{id}/replications}. Its
 * own root (not a sub-path of the innovations resource) so each of the two is matched whole.
 */
@Path("/tenant/innovations/{id}/replications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Replication", description = "Shared innovations and replication across regions")
public class InnovationReplicationsResource {

  @Inject ReplicationService service;

  @GET
  @Operation(
      summary = "The innovation's links on either side and the regions replicating it",
      description = "regionsReplicating counts the distinct regions with a confirmed link.")
  @APIResponse(responseCode = "404", description = "No such innovation in this tenant")
  public InnovationReplicationsDto get(@PathParam("id") UUID id) {
    return InnovationReplicationsDto.of(service.of(id));
  }
}
