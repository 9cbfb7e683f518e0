package id.klik.index.api;

import id.klik.innovation.application.EvidenceItemView;
import id.klik.innovation.application.EvidenceService;
import id.klik.innovation.application.EvidenceUpload;
import id.klik.innovation.domain.EvidenceTypes;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.api.MultipartFormData;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.ContentDisposition;
import id.klik.shared.files.FileTooLargeException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Region evidence at {@code /t/{slug}/api/index/region-evidence}: files of the evidence vault that
 * prove a region indicator of the index model (SPD, e.g. {@code spd-01}) and belong to no
 * innovation. Every member reads; clinic admins and staff upload. A region level names such an item
 * as its {@code evidenceId}.
 */
@Path("/tenant/index/region-evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Index")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class RegionEvidenceResource {

  private static final long FRAMING_BYTES = 64 * 1024;

  @Inject EvidenceService service;

  @GET
  @Operation(summary = "The region evidence items, each with its versions (newest first)")
  public List<EvidenceItemView> list() {
    return service.regionItems();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Upload a region evidence file (clinic admin or staff)",
      description =
          "?indicator= a region indicator id of the index model (e.g. spd-12). Multipart form:"
              + " file (required), title (default: the file name), evidenceId to add a version."
              + " The same indicator and title continue the item. Types and limit as for an"
              + " innovation's evidence.")
  @APIResponse(responseCode = "201", description = "Stored; the item with all its versions")
  @APIResponse(responseCode = "403", description = "The caller may not write the assessment")
  @APIResponse(responseCode = "413", description = "The file is over the limit; nothing stored")
  @APIResponse(responseCode = "415", description = "A type the vault does not keep")
  public Response upload(
      @Parameter(description = "A region indicator id, e.g. spd-12", required = true)
          @QueryParam("indicator")
          String indicator,
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("Content-Length") Long length,
      InputStream body) {
    service.requireRegionWriter();
    if (length != null && length > service.maxBytes() + FRAMING_BYTES) {
      throw new FileTooLargeException(EvidenceTypes.rules(service.maxBytes()));
    }
    MultipartFormData form = MultipartFormData.of(contentType, body);
    EvidenceUpload upload =
        (file, field) -> {
          for (var part = form.next(); part.isPresent(); part = form.next()) {
            MultipartFormData.Part p = part.get();
            if ("file".equals(p.name())) {
              file.accept(p.filename().orElse(null), p.content());
            } else {
              field.accept(p.name(), p.text(EvidenceService.fieldMaxBytes()));
            }
          }
        };
    EvidenceItemView stored = service.uploadRegion(indicator, upload);
    return Response.status(201).entity(stored).build();
  }

  @GET
  @Path("{evidenceId}/versions/{version}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "One version's file, exactly as uploaded")
  @APIResponse(responseCode = "404", description = "No such region item or version here")
  public Response content(
      @PathParam("evidenceId") UUID evidenceId, @PathParam("version") int version) {
    if (version < 1) {
      throw ValidationException.of("version", "evidence.versionInvalid", version);
    }
    EvidenceItemView.Version file = service.regionVersion(evidenceId, version);
    StreamingOutput out =
        sink -> {
          try (InputStream in = service.open(file)) {
            in.transferTo(sink);
          }
        };
    return Response.ok(out, file.contentType())
        .header("Content-Disposition", ContentDisposition.attachment(file.filename()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Length", file.size())
        .build();
  }
}
