package id.klik.guideline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.klik.guideline.application.ActiveClinicService;
import id.klik.guideline.application.TemplateAdoptionService;
import id.klik.guideline.application.TemplateUpdateService;
import id.klik.guideline.domain.AdoptedTemplate;
import id.klik.guideline.domain.merge.Resolution;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.RequestInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One adopted template of a tenant, at {@code /t/{slug}/api/templates/adopted/{id}}: its current
 * content, customizing it, and taking a newer upstream version with a three-way merge.
 */
@Path("/tenant/templates/adopted/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Guideline templates")
public class AdoptedTemplateResource {

  // text after the JSON value ("{...}}") is a broken body, not something to ignore
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  @Inject TemplateUpdateService updates;
  @Inject TemplateAdoptionService adoption;
  @Inject ActiveClinicService clinic;

  @GET
  @Operation(summary = "The tenant's current version of an adopted template (JSON tree)")
  public String current(@PathParam("id") String id) {
    return updates.row(id).currentJson();
  }

  @PUT
  @Operation(
      summary = "Customize: replace the tenant's version with an edited one (checked first)",
      description =
          "Send If-Match with the revision the edit started from to be refused (409) instead of"
              + " overwriting someone else's newer revision.")
  @APIResponse(responseCode = "409", description = "If-Match names an older revision")
  public AdoptedTemplateDto customize(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
    JsonNode edited = parse(body);
    Optional<Long> expected = IfMatch.revision(ifMatch);
    if (expected.isEmpty()) {
      updates.customize(id, edited);
    } else if (updates.customize(id, edited, expected.get().intValue()).isEmpty()) {
      throw new ConflictException("error.concurrentEdit");
    }
    return dto(updates.row(id));
  }

  @PUT
  @Path("active")
  @Operation(summary = "Make this adopted clinic template the one that drives the clinic")
  public AdoptedTemplateDto activate(@PathParam("id") String id) {
    clinic.activate(id);
    return dto(updates.row(id));
  }

  @GET
  @Path("update/{version}")
  @Operation(summary = "What taking a newer upstream version would change, and the conflicts")
  public UpdatePlanDto plan(@PathParam("id") String id, @PathParam("version") String version) {
    return UpdatePlanDto.of(updates.plan(id, version), RequestInfo.locale());
  }

  @POST
  @Path("update/{version}")
  @Operation(
      summary = "Merge the chosen upstream changes, keeping the tenant's own",
      description =
          "Every chosen conflicting change needs KEEP_LOCAL or TAKE_UPSTREAM; otherwise 409.")
  public AdoptedTemplateDto merge(
      @PathParam("id") String id, @PathParam("version") String version, MergeRequestDto request) {
    Set<String> chosen = request == null || request.chosen() == null ? Set.of() : request.chosen();
    Map<String, Resolution> resolutions = new HashMap<>();
    if (request != null && request.resolutions() != null) {
      request
          .resolutions()
          .forEach((change, decision) -> resolutions.put(change, resolution(decision)));
    }
    updates.merge(id, version, chosen, resolutions);
    return dto(updates.row(id));
  }

  private AdoptedTemplateDto dto(AdoptedTemplate a) {
    return AdoptedTemplateDto.of(a, adoption.provenance(a, RequestInfo.locale()));
  }

  private static Resolution resolution(String decision) {
    try {
      return Resolution.valueOf(decision);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ValidationException.of("resolutions", "template.resolution", String.valueOf(decision));
    }
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode tree = body == null ? null : JSON.readTree(body);
      if (tree == null || !tree.isObject()) {
        throw ValidationException.of("body", "error.bodyRequired");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw ValidationException.of("body", "error.badRequest");
    }
  }
}
