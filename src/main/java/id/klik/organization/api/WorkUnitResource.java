package id.klik.organization.api;

import id.klik.organization.application.ImportHistoryService;
import id.klik.organization.application.ImportResult;
import id.klik.organization.application.ImportedFile;
import id.klik.organization.application.WorkUnitInput;
import id.klik.organization.application.WorkUnitService;
import id.klik.organization.domain.WorkUnitKind;
import id.klik.organization.infrastructure.WorkUnitRepository;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.ContentDisposition;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTooLargeException;
import id.klik.shared.infrastructure.KlikConfig;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Work units of a tenant, at {@code /t/{slug}/api/work-units}. Members read; clinic admins and
 * staff write. Units of another tenant answer 404.
 */
@Path("/tenant/work-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Work units",
    description = "Agencies, kecamatan, kelurahan, UPT and BUMD of the region")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class WorkUnitResource {

  @Inject WorkUnitService service;
  @Inject ImportHistoryService history;
  @Inject KlikConfig config;

  @GET
  @Operation(summary = "List work units, a page at a time, with search and filters")
  public WorkUnitPageDto list(
      @Parameter(description = "Text in name or code") @QueryParam("q") String q,
      @Parameter(description = "OPD, KECAMATAN, KELURAHAN, UPT or BUMD") @QueryParam("kind")
          String kind,
      @QueryParam("parentId") UUID parentId,
      @QueryParam("active") Boolean active,
      @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
      @Parameter(description = "Page size, 1–200, default 20") @QueryParam("size") Integer size) {
    WorkUnitKind kindFilter = null;
    if (kind != null && !kind.isBlank()) {
      kindFilter =
          WorkUnitKind.parse(kind)
              .orElseThrow(() -> ValidationException.of("kind", "workUnit.kind.unknown", kind));
    }
    Page<WorkUnitDto> result =
        service
            .search(
                new WorkUnitRepository.Filter(q, kindFilter, parentId, active),
                page == null ? 0 : page,
                Page.size(size))
            .map(WorkUnitDto::of);
    return new WorkUnitPageDto(result.items(), result.page(), result.size(), result.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One work unit")
  @APIResponse(responseCode = "404", description = "No such work unit in this tenant")
  public WorkUnitDto get(@PathParam("id") UUID id) {
    return WorkUnitDto.of(service.get(id));
  }

  @POST
  @Operation(summary = "Create a work unit (clinic admin or staff)")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "The code is taken")
  public Response create(WorkUnitInput input) {
    WorkUnitDto created = WorkUnitDto.of(service.create(requireBody(input)));
    return Response.status(201).entity(created).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change code, name and kind (clinic admin or staff)")
  public WorkUnitDto update(@PathParam("id") UUID id, WorkUnitInput input) {
    return WorkUnitDto.of(service.update(id, requireBody(input)));
  }

  @POST
  @Path("{id}/move")
  @Operation(summary = "Move a work unit under another parent, or to the top with parentId null")
  public WorkUnitDto move(@PathParam("id") UUID id, MoveDto move) {
    return WorkUnitDto.of(service.move(id, move == null ? null : move.parentId()));
  }

  @POST
  @Path("{id}/deactivate")
  @Operation(summary = "Deactivate a work unit that has no active children")
  public WorkUnitDto deactivate(@PathParam("id") UUID id) {
    return WorkUnitDto.of(service.deactivate(id));
  }

  @POST
  @Path("{id}/reactivate")
  @Operation(summary = "Reactivate a work unit")
  public WorkUnitDto reactivate(@PathParam("id") UUID id) {
    return WorkUnitDto.of(service.reactivate(id));
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Import work units from CSV, all or nothing",
      description =
          "Header: code,name,kind[,parent_code]; comma or semicolon separated. An existing code"
              + " is updated. On any bad row nothing is imported and every problem is listed with"
              + " its line. The file is kept in the import history. Limit: KLIK_UPLOAD_MAX_BYTES"
              + " (413 beyond it); the content must be text (415 otherwise).")
  @APIResponse(responseCode = "413", description = "The file is over the upload limit")
  @APIResponse(responseCode = "415", description = "The content is not a CSV or text file")
  public ImportResult importCsv(
      @HeaderParam("Content-Length") Long length,
      @Parameter(description = "The file's name for the history, e.g. units.csv")
          @QueryParam("filename")
          String filename,
      InputStream csv) {
    // Refused before a byte is read; a body without a length is counted while it streams.
    if (length != null && length > config.uploadMaxBytes()) {
      throw new FileTooLargeException(FileRules.tables(config.uploadMaxBytes()));
    }
    if (csv == null || (length != null && length == 0)) {
      throw ValidationException.of("file", "csv.empty");
    }
    return service.importCsv(csv, filename == null ? "work-units.csv" : filename);
  }

  @GET
  @Path("imports")
  @Operation(summary = "The import history, newest first, a page at a time")
  public WorkUnitImportPageDto imports(
      @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
      @Parameter(description = "Page size, 1–200, default 20") @QueryParam("size") Integer size) {
    Page<WorkUnitImportDto> result =
        history.latest(page == null ? 0 : page, Page.size(size)).map(WorkUnitImportDto::of);
    return new WorkUnitImportPageDto(result.items(), result.page(), result.size(), result.total());
  }

  @GET
  @Path("imports/{id}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "The file of one import, exactly as it was uploaded")
  @APIResponse(
      responseCode = "200",
      description = "The file, as an attachment, with the content type detected at upload")
  @APIResponse(responseCode = "404", description = "No such import in this tenant")
  public Response importFile(@PathParam("id") UUID id) {
    ImportedFile imported = history.get(id);
    StreamingOutput body =
        out -> {
          try (InputStream in = history.open(imported)) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, imported.file().contentType())
        .header("Content-Disposition", ContentDisposition.attachment(imported.record().filename()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Length", imported.file().size())
        .build();
  }

  private static WorkUnitInput requireBody(WorkUnitInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return input;
  }
}
