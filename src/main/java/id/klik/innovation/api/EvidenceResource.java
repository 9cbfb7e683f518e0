package id.klik.innovation.api;

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
 * The evidence vault of one innovation, at {@code /t/{slug}/api/innovations/{id}/evidence}. Every
 * member reads it; whoever may edit the innovation uploads. An innovation, item or version of
 * another innovation or tenant answers 404: a download is always looked up under its innovation,
 * after the access check.
 */
@Path("/tenant/innovations/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Evidence",
    description = "Versioned files per innovation, per index indicator or profile slot")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
@APIResponse(responseCode = "404", description = "No such innovation (or item) in this tenant")
public class EvidenceResource {

  /** Room for the multipart framing and the text fields around the file. */
  private static final long FRAMING_BYTES = 64 * 1024;

  @Inject EvidenceService service;

  @GET
  @Operation(summary = "The innovation's evidence items, each with its versions (newest first)")
  public List<EvidenceDto> list(@PathParam("id") UUID id) {
    return service.list(id).stream().map(EvidenceDto::of).toList();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Upload an evidence file: a new item or the next version of one",
      description =
          "Multipart form: file (required); indicator (an indicator id of the tenant's index"
              + " model, e.g. sid-16) or slot (budget, business-profile), both optional;"
              + " evidenceId to add a version to that item; title (default: the file name). Without"
              + " evidenceId the upload continues the item of the same slot, or of the same"
              + " indicator (or none) and the same title; otherwise it starts a new item. Types are"
              + " judged by the bytes: PDF, PNG, JPEG, WebP, GIF, Word, Excel, PowerPoint (old and"
              + " new), OpenDocument. A video is refused: the profile takes a link to it. Limit:"
              + " KLIK_EVIDENCE_MAX_MB (default 20).")
  @APIResponse(responseCode = "201", description = "Stored; the item with all its versions")
  @APIResponse(responseCode = "403", description = "The caller may not edit this innovation")
  @APIResponse(responseCode = "413", description = "The file is over the limit; nothing stored")
  @APIResponse(
      responseCode = "415",
      description = "A type the vault does not keep, or a video; nothing stored")
  public Response upload(
      @PathParam("id") UUID id,
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("Content-Length") Long length,
      InputStream body) {
    service.requireEditable(id);
    // refused before a byte is read; a body without a length is counted while it streams
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
    EvidenceItemView stored = service.upload(id, upload);
    return Response.status(201).entity(EvidenceDto.of(stored)).build();
  }

  @GET
  @Path("{evidenceId}/versions/{version}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "One version's file, exactly as uploaded")
  @APIResponse(
      responseCode = "200",
      description = "The file as an attachment, with the content type detected at upload")
  public Response content(
      @PathParam("id") UUID id,
      @PathParam("evidenceId") UUID evidenceId,
      @Parameter(description = "The version number, from 1") @PathParam("version") int version) {
    if (version < 1) {
      throw ValidationException.of("version", "evidence.versionInvalid", version);
    }
    EvidenceItemView.Version file = service.version(id, evidenceId, version);
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
