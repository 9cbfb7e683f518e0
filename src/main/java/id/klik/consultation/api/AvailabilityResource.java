package id.klik.consultation.api;

import id.klik.consultation.application.AvailabilityInput;
import id.klik.consultation.application.AvailabilityService;
import id.klik.consultation.domain.Availability;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.NotFoundException;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.TenantModule;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The calling mentor's own availability, at {@code /t/{slug}/api/mentors/me/availability}. The path
 * lies under people's {@code mentors}, which no module owns, so this resource answers 404 itself
 * where the tenant has consultations switched off.
 */
@Path("/tenant/mentors/me/availability")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Consultations with mentors, availability, notes")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class AvailabilityResource {

  static final int WEEKS_SHOWN = 4;

  @Inject AvailabilityService service;

  @GET
  @Operation(
      summary = "My availability, with my slots of the next four weeks in every zone I serve")
  @APIResponse(responseCode = "403", description = "The caller is no mentor in this tenant")
  public AvailabilityDto get() {
    requireModule();
    return dto(service.mine());
  }

  @PUT
  @Operation(
      summary = "Replace my availability (weekly and one-off slots in my own zone)",
      description =
          "Body: {\"zone\":\"Europe/Amsterdam\",\"weekly\":[{\"day\":\"MONDAY\",\"start\":\"09:00\","
              + "\"minutes\":60}],\"once\":[{\"date\":\"2026-12-10\",\"start\":\"14:00\","
              + "\"minutes\":60}]}. A national mentor's availability holds in every tenant that"
              + " accepted them.")
  @APIResponse(responseCode = "403", description = "The caller is no mentor in this tenant")
  public AvailabilityDto put(AvailabilityInput input) {
    requireModule();
    return dto(service.replaceMine(input));
  }

  private AvailabilityDto dto(Availability a) {
    Instant from = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Instant to = from.plus(WEEKS_SHOWN * 7L, ChronoUnit.DAYS);
    return AvailabilityDto.of(a, a.expand(from, to), service.zonesShown());
  }

  static void requireModule() {
    if (!TenantContext.require().enabled(TenantModule.CONSULTATIONS)) {
      throw new NotFoundException("module", TenantModule.CONSULTATIONS.code());
    }
  }
}
