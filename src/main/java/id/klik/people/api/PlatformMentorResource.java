package id.klik.people.api;

import id.klik.people.application.NationalMentorRegistry;
import id.klik.people.domain.MentorProfile;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.PlatformCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** National mentors of the platform, at {@code /api/platform/mentors} (platform admins only). */
@Path("/platform/mentors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform", description = "Tenants of the deployment (platform admin)")
public class PlatformMentorResource {

  @Inject NationalMentorRegistry registry;
  @Inject PlatformCaller caller;

  @GET
  @Operation(summary = "Every national mentor, by name")
  public List<NationalMentorDto> list() {
    caller.requirePlatformAdmin();
    return registry.all().stream().map(NationalMentorDto::of).toList();
  }

  @POST
  @Operation(
      summary = "Register a national mentor",
      description =
          "Finds or creates the Keycloak account (a new one is mailed a link to set a password),"
              + " grants the realm role national-mentor and registers the mentor.")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(
      responseCode = "400",
      description = "Invalid e-mail, missing name or institution; every problem named",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  @APIResponse(responseCode = "409", description = "Username or e-mail registered already")
  public Response register(RegisterMentorDto body) {
    caller.requirePlatformAdmin();
    if (body == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    MentorProfile profile =
        MentorProfile.of(
            body.username(), body.email(), body.name(), body.institution(), body.expertise());
    return Response.status(201)
        .entity(NationalMentorDto.of(registry.register(profile, caller.actor())))
        .build();
  }
}
