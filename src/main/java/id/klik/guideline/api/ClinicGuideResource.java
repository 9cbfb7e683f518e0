package id.klik.guideline.api;

import id.klik.guideline.application.ActiveClinicService;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.RequestInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinic's way of working at {@code /t/{slug}/api/clinic}, as its active clinic template says.
 */
@Path("/tenant/clinic")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guideline templates")
public class ClinicGuideResource {

  @Inject ActiveClinicService clinic;

  @GET
  @Operation(
      summary = "Phases, steps, checklists and the templates the active clinic template uses")
  @APIResponse(responseCode = "404", description = "No clinic template adopted yet")
  public ClinicGuideDto guide() {
    return clinic
        .guide()
        .map(g -> ClinicGuideDto.of(g, RequestInfo.locale()))
        .orElseThrow(() -> new NotFoundException("clinic template", "active"));
  }
}
