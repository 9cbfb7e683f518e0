package id.klik.people.api;

import id.klik.identity.application.CurrentUser;
import id.klik.people.application.MentorHome;
import id.klik.shared.domain.AccessDeniedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The national mentor's home, at {@code /api/mentor/tenants}: every tenant that accepted the
 * caller. Needs a token with the realm role {@code national-mentor}.
 */
@Path("/mentor/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentor's home", description = "A national mentor's view across regions")
public class MentorHomeResource {

  @Inject MentorHome home;
  @Inject CurrentUser currentUser;

  @GET
  @Operation(
      summary = "Every tenant that accepted the calling national mentor, with the teams assigned",
      description =
          "reviewsWaiting (null) and nextConsultations ([]) are reserved for the proposals and"
              + " consultations features.")
  @APIResponse(responseCode = "403", description = "The caller is no national mentor")
  public List<MentorTenantDto> tenants() {
    String username =
        currentUser
            .user()
            .filter(u -> u.isNationalMentor())
            .orElseThrow(() -> new AccessDeniedException("access.notNationalMentor"))
            .username();
    return home.of(username).stream()
        .map(
            e ->
                new MentorTenantDto(
                    e.tenant().slug(),
                    e.tenant().name(),
                    "/t/" + e.tenant().slug() + "/",
                    e.scope(),
                    e.teams().stream().map(MentorTeamDto::of).toList(),
                    null,
                    List.of()))
        .toList();
  }
}
