package id.klik.guideline.api;

import id.klik.guideline.application.TemplatePublishingService;
import id.klik.guideline.domain.TemplateRef;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.RequestInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The templates a tenant writes and publishes, at {@code /t/{slug}/api/templates/drafts}: drafts as
 * YAML (kept even while they have problems, which every answer lists), and publishing a valid draft
 * to every tenant or to chosen tenants.
 */
@Path("/tenant/templates/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guideline templates")
public class TemplateDraftResource {

  private static final String YAML = "application/yaml";

  @Inject TemplatePublishingService publishing;

  @GET
  @Operation(summary = "This tenant's drafts, newest change first, with their problems")
  public List<DraftDto> drafts() {
    return publishing.drafts().stream().map(d -> DraftDto.of(d, RequestInfo.locale())).toList();
  }

  @POST
  @Consumes({YAML, "text/yaml", MediaType.TEXT_PLAIN})
  @Operation(summary = "Start a draft from YAML (clinic admin or staff); problems are listed")
  @APIResponse(responseCode = "201", description = "Draft kept")
  public Response create(String yaml) {
    return Response.status(201)
        .entity(DraftDto.of(publishing.create(yaml), RequestInfo.locale()))
        .build();
  }

  @POST
  @Path("from/{templateId}/{version}")
  @Operation(
      summary = "Start a draft from a published template",
      description =
          "The next version when this tenant published it; otherwise a copy under this tenant's"
              + " name and id (<slug>-<id>), version <year>.1, to make its own.")
  @APIResponse(responseCode = "201", description = "Draft kept")
  public Response startFrom(
      @PathParam("templateId") String templateId, @PathParam("version") String version) {
    TemplateRef ref;
    try {
      ref = TemplateRef.parse(templateId + "@" + version);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("template", templateId + "@" + version);
    }
    return Response.status(201)
        .entity(DraftDto.of(publishing.startFrom(ref), RequestInfo.locale()))
        .build();
  }

  @GET
  @Path("{id}")
  @Produces({YAML, MediaType.TEXT_PLAIN})
  @Operation(summary = "The YAML of a draft")
  public String text(@PathParam("id") String id) {
    return publishing.draft(uuid(id)).draft().yaml();
  }

  @PUT
  @Path("{id}")
  @Consumes({YAML, "text/yaml", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Replace a draft's YAML; problems are listed",
      description =
          "Send If-Match with the draft's 'revision' to be refused (409) instead of overwriting"
              + " someone else's later save.")
  @APIResponse(responseCode = "409", description = "If-Match names an older revision")
  public DraftDto update(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String yaml) {
    return DraftDto.of(
        publishing.update(uuid(id), yaml, IfMatch.revision(ifMatch).orElse(null)),
        RequestInfo.locale());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Discard a draft")
  @APIResponse(responseCode = "204", description = "Discarded")
  public void delete(@PathParam("id") String id) {
    publishing.delete(uuid(id));
  }

  @POST
  @Path("{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Publish a draft (clinic admin)",
      description =
          "To every tenant, or only to the tenants listed in 'tenants'. The draft must be valid, name"
              + " this tenant as publisher and a version newer than every published one; the"
              + " published version never changes and the draft is removed.")
  @APIResponse(responseCode = "201", description = "Published")
  @APIResponse(responseCode = "400", description = "The draft has problems, or an unknown tenant")
  @APIResponse(responseCode = "409", description = "Version not newer, or the id is another's")
  public Response publish(@PathParam("id") String id, PublishRequestDto request) {
    Set<String> tenants = request == null ? null : request.tenants();
    return Response.status(201)
        .entity(PublishedDto.of(publishing.publish(uuid(id), tenants), RequestInfo.locale()))
        .build();
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("template draft", id);
    }
  }
}
