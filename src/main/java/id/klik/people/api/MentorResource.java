package id.klik.people.api;

import id.klik.people.application.MentorAcceptanceService;
import id.klik.people.domain.MentorScope;
import id.klik.shared.api.ErrorDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * National mentors as a tenant sees them, at {@code /t/{slug}/api/mentors}: every member reads the
 * list; clinic admins accept (for the whole clinic or chosen teams) and revoke.
 */
@Path("/tenant/mentors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mentors", description = "National mentors and this clinic's acceptance of them")
public class MentorResource {

  @Inject MentorAcceptanceService service;

  @GET
  @Operation(summary = "Every national mentor (public profile) and whether this clinic accepted")
  public List<MentorDto> list() {
    return service.list().stream().map(MentorDto::of).toList();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "One national mentor and this clinic's acceptance")
  @APIResponse(responseCode = "404", description = "No such national mentor")
  public MentorDto get(@PathParam("username") String username) {
    return MentorDto.of(service.get(username));
  }

  @POST
  @Path("{username}/accept")
  @Operation(
      summary = "Accept a national mentor (clinic admin)",
      description =
          "{\"teams\":[team ids]} for chosen teams, {} for the whole clinic. Accepting again"
              + " replaces the scope.")
  @APIResponse(
      responseCode = "400",
      description = "A team id that names no team of this clinic",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  @APIResponse(responseCode = "403", description = "Not a clinic admin")
  @APIResponse(responseCode = "404", description = "No such national mentor")
  public MentorDto accept(@PathParam("username") String username, AcceptMentorDto body) {
    MentorScope scope = MentorScope.ofTeamIds(body == null ? null : body.teams());
    return MentorDto.of(service.accept(username, scope));
  }

  @POST
  @Path("{username}/revoke")
  @Operation(summary = "Revoke a national mentor (clinic admin): their next request is refused")
  @APIResponse(responseCode = "403", description = "Not a clinic admin")
  @APIResponse(responseCode = "404", description = "No such mentor, or not accepted here")
  public MentorDto revoke(@PathParam("username") String username) {
    return MentorDto.of(service.revoke(username));
  }
}
