package id.klik.people.api;

import id.klik.people.application.TeamInput;
import id.klik.people.application.TeamService;
import id.klik.people.infrastructure.TeamRepository;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.api.IfMatch;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Innovator teams of a tenant, at {@code /t/{slug}/api/teams}. Members read; clinic admins and
 * staff write. Teams of another tenant answer 404.
 */
@Path("/tenant/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Innovator teams: a work unit's people, one of them the leader")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class TeamResource {

  @Inject TeamService service;

  @GET
  @Operation(summary = "List teams, a page at a time, by name, with search and a work-unit filter")
  public TeamPageDto list(
      @Parameter(description = "Text in the team's name") @QueryParam("q") String q,
      @Parameter(description = "Only the teams of this work unit") @QueryParam("workUnitId")
          UUID workUnitId,
      @Parameter(description = "Only the teams this member (membership id) is in")
          @QueryParam("memberId")
          UUID memberId,
      @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
      @Parameter(description = "Page size, 1–200, default 20") @QueryParam("size") Integer size) {
    Page<TeamDto> result =
        service
            .search(
                new TeamRepository.Filter(q, workUnitId, memberId),
                page == null ? 0 : page,
                Page.size(size))
            .map(TeamDto::of);
    return new TeamPageDto(result.items(), result.page(), result.size(), result.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One team, with its members and leader; the ETag carries its version")
  @APIResponse(responseCode = "404", description = "No such team in this tenant")
  public Response get(@PathParam("id") UUID id) {
    TeamDto team = TeamDto.of(service.get(id));
    return Response.ok(team).tag(tag(team)).build();
  }

  @POST
  @Operation(
      summary = "Create a team (clinic admin or staff)",
      description =
          "Body: {\"name\", \"workUnitId\", \"members\": [{\"memberId\", \"leader\"}]}; the"
              + " members are membership ids of active members, exactly one of them the leader.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "The work unit already has a team of that name")
  public Response create(TeamInput input) {
    TeamDto created = TeamDto.of(service.create(requireBody(input)));
    return Response.status(201).entity(created).tag(tag(created)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change a team's name, work unit, members and leader (clinic admin or staff)",
      description =
          "Replaces the whole team. With If-Match (the version from GET's ETag), a change made"
              + " in between answers 409 instead of being overwritten.")
  @APIResponse(responseCode = "404", description = "No such team in this tenant")
  @APIResponse(responseCode = "409", description = "Name taken, or changed since it was read")
  public Response update(
      @PathParam("id") UUID id,
      @Parameter(description = "The version last read, e.g. \"3\"") @HeaderParam("If-Match")
          String ifMatch,
      TeamInput input) {
    TeamDto updated = TeamDto.of(service.update(id, requireBody(input), IfMatch.version(ifMatch)));
    return Response.ok(updated).tag(tag(updated)).build();
  }

  private static EntityTag tag(TeamDto team) {
    return new EntityTag(Long.toString(team.version()));
  }

  private static TeamInput requireBody(TeamInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return input;
  }
}
