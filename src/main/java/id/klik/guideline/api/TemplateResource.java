package id.klik.guideline.api;

import id.klik.guideline.application.TemplateAdoptionService;
import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.application.TemplatePublishingService;
import id.klik.guideline.domain.AdoptedTemplate;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.TemplateReading;
import id.klik.guideline.domain.TemplateRef;
import id.klik.guideline.domain.merge.TemplateDiff;
import id.klik.guideline.infrastructure.JdbcLineageStore;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.RequestInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The guideline-template catalog a tenant sees, at {@code /t/{slug}/api/templates}: KLIK's
 * built-ins and the templates regions publish (KLIK Pontianak first), and a check of a template
 * file before it is published.
 */
@Path("/tenant/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guideline templates", description = "Catalog of published templates; template check")
public class TemplateResource {

  @Inject TemplateLibrary library;
  @Inject TemplateAdoptionService adoption;
  @Inject TemplatePublishingService publishing;

  @GET
  @Operation(summary = "Published templates this tenant may see, by id and version")
  public List<TemplateSummaryDto> catalog(@QueryParam("kind") String kind) {
    return library.visible().stream()
        .filter(p -> kind == null || p.template().kind().name().equalsIgnoreCase(kind))
        .sorted(
            Comparator.comparing((PublishedTemplate p) -> p.ref().templateId())
                .thenComparing(p -> p.template().header().version()))
        .map(p -> TemplateSummaryDto.of(p, RequestInfo.locale()))
        .toList();
  }

  @GET
  @Path("{id}/{version}")
  @Produces({"application/yaml", MediaType.TEXT_PLAIN})
  @Operation(summary = "The YAML of one published template version")
  public String text(@PathParam("id") String id, @PathParam("version") String version) {
    TemplateRef ref = ref(id, version);
    return library.text(ref).orElseThrow(() -> new NotFoundException("template", ref));
  }

  @GET
  @Path("{id}/{version}/changes")
  @Operation(
      summary = "What a published version changed",
      description =
          "Compared with the version given in 'since', or with the previous version this tenant may"
              + " see; empty for a first version.")
  public List<UpdatePlanDto.Change> changes(
      @PathParam("id") String id,
      @PathParam("version") String version,
      @QueryParam("since") String since) {
    TemplateRef ref = ref(id, version);
    PublishedTemplate newer =
        library.find(ref).orElseThrow(() -> new NotFoundException("template", ref));
    Optional<PublishedTemplate> older =
        since == null
            ? library.previous(ref)
            : Optional.of(
                library
                    .find(ref(id, since))
                    .orElseThrow(() -> new NotFoundException("template", id + "@" + since)));
    return older
        .map(o -> TemplateDiff.between(o.template().tree(), newer.template().tree()))
        .orElse(List.of())
        .stream()
        .map(c -> UpdatePlanDto.Change.of(c, RequestInfo.locale()))
        .toList();
  }

  @POST
  @Path("check")
  @Consumes({"application/yaml", "text/yaml", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Check a template file",
      description =
          "Validates YAML against the template schema and rules; every problem names line and field.")
  public TemplateCheckDto check(@QueryParam("file") String file, String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw ValidationException.of("file", "csv.empty");
    }
    TemplateReading reading = library.validate(file == null ? "template.yaml" : file, yaml);
    List<ErrorDto.ProblemDto> problems =
        reading.problems().stream()
            .map(p -> new ErrorDto.ProblemDto(p.line(), p.field(), p.message(RequestInfo.locale())))
            .toList();
    return new TemplateCheckDto(
        reading.valid(), reading.template().map(t -> t.ref().toString()).orElse(null), problems);
  }

  @GET
  @Path("adopted")
  @Operation(summary = "Templates this tenant adopted, with where they come from")
  public List<AdoptedTemplateDto> adopted() {
    return adoption.adopted().stream().map(this::adoptedDto).toList();
  }

  @POST
  @Path("adopted")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Adopt a published template version (clinic admin)")
  @APIResponse(responseCode = "201", description = "Adopted")
  @APIResponse(responseCode = "409", description = "This template is adopted already")
  public Response adopt(AdoptRequestDto request) {
    if (request == null || request.templateId() == null || request.version() == null) {
      throw ValidationException.of("templateId", "error.bodyRequired");
    }
    adoption.adopt(ref(request.templateId(), request.version()));
    AdoptedTemplateDto dto =
        adoption.adopted().stream()
            .filter(a -> a.templateId().equals(request.templateId()))
            .map(this::adoptedDto)
            .findFirst()
            .orElseThrow();
    return Response.status(201).entity(dto).build();
  }

  @GET
  @Path("published")
  @Operation(summary = "The versions this tenant published, with the tenants each is published to")
  public List<PublishedDto> published() {
    return publishing.publishedByThisTenant().stream()
        .map(p -> PublishedDto.of(p, RequestInfo.locale()))
        .toList();
  }

  @GET
  @Path("lineage")
  @Operation(
      summary = "Who adopted what from whom, where this tenant is the adopter or the publisher")
  public List<JdbcLineageStore.Adoption> lineage() {
    return adoption.lineage();
  }

  private AdoptedTemplateDto adoptedDto(AdoptedTemplate a) {
    return AdoptedTemplateDto.of(a, adoption.provenance(a, RequestInfo.locale()));
  }

  private static TemplateRef ref(String id, String version) {
    try {
      return TemplateRef.parse(id + "@" + version);
    } catch (RuntimeException e) {
      throw new NotFoundException("template", id + "@" + version);
    }
  }
}
