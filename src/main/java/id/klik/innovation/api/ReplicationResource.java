package id.klik.innovation.api;

import id.klik.innovation.application.ReplicationService;
import id.klik.innovation.application.Replications;
import id.klik.shared.api.ErrorDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One replication link, at {@code /t/{slug}/api/replications/{id}}: the region whose innovation is
 * replicated confirms or declines a request; either region ends the link. A region on neither side
 * gets 404.
 */
@Path("/tenant/replications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Replication", description = "Shared innovations and replication across regions")
@APIResponse(responseCode = "404", description = "No such link of this region")
@APIResponse(
    responseCode = "409",
    description = "The link is not in a state for this (e.g. confirmed already)",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class ReplicationResource {

  @Inject ReplicationService service;
  @Inject Replications replications;

  @GET
  @Operation(summary = "The link as this region sees it")
  public ReplicationDto get(@PathParam("id") UUID id) {
    return ReplicationDto.of(service.get(id));
  }

  @POST
  @Path("confirm")
  @Operation(summary = "Confirm a request (the region whose innovation is replicated)")
  @APIResponse(responseCode = "403", description = "Not the replicated region, or may not edit")
  public ReplicationDto confirm(@PathParam("id") UUID id) {
    return ReplicationDto.of(replications.confirm(id));
  }

  @POST
  @Path("decline")
  @Operation(summary = "Decline a request (the region whose innovation is replicated)")
  @APIResponse(responseCode = "403", description = "Not the replicated region, or may not edit")
  public ReplicationDto decline(@PathParam("id") UUID id) {
    return ReplicationDto.of(replications.decline(id));
  }

  @POST
  @Path("end")
  @Operation(summary = "End a request or a confirmed link (either region)")
  @APIResponse(responseCode = "403", description = "The caller may not edit our innovation")
  public ReplicationDto end(@PathParam("id") UUID id) {
    return ReplicationDto.of(replications.end(id));
  }
}
