package id.klik.proposal.api;

import id.klik.proposal.application.ProposalAttachments;
import id.klik.proposal.domain.ProposalAttachment;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.api.MultipartFormData;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.ContentDisposition;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTooLargeException;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The form's attachments of a proposal at {@code
 * /t/{slug}/api/proposals/{id}/attachments/{attachmentId}}: a file uploaded here, or an item of the
 * innovation's evidence vault.
 */
@Path("/tenant/proposals/{id}/attachments/{attachmentId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals")
@APIResponse(
    responseCode = "400",
    description = "Invalid input",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class ProposalAttachmentResource {

  private static final long FRAMING_BYTES = 64 * 1024;

  @Inject ProposalAttachments attachments;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Upload a file for one of the form's attachments (replaces the one given before)",
      description = "Multipart form with the part file. Documents only (PDF, Office, images).")
  @APIResponse(responseCode = "201", description = "Stored")
  @APIResponse(responseCode = "413", description = "Over the form's size limit")
  @APIResponse(responseCode = "415", description = "A type the form does not take")
  public Response upload(
      @PathParam("id") UUID id,
      @PathParam("attachmentId") String attachmentId,
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("Content-Length") Long length,
      InputStream body)
      throws IOException {
    FileRules rules = attachments.rules(id, attachmentId);
    if (length != null && length > rules.maxBytes() + FRAMING_BYTES) {
      throw new FileTooLargeException(rules);
    }
    MultipartFormData form = MultipartFormData.of(contentType, body);
    for (var part = form.next(); part.isPresent(); part = form.next()) {
      MultipartFormData.Part p = part.get();
      if ("file".equals(p.name())) {
        ProposalAttachment a =
            attachments.attachFile(id, attachmentId, p.filename().orElse(null), p.content());
        return Response.status(201).entity(describe(a)).build();
      }
    }
    throw ValidationException.of("file", "proposal.required");
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Give an item of the innovation's evidence vault for this attachment",
      description = "Body: {\"evidenceId\"}.")
  @APIResponse(responseCode = "404", description = "No such evidence item of this innovation")
  public Map<String, Object> link(
      @PathParam("id") UUID id,
      @PathParam("attachmentId") String attachmentId,
      EvidenceLinkInput input) {
    if (input == null || input.evidenceId() == null) {
      throw ValidationException.of("evidenceId", "proposal.required");
    }
    return describe(attachments.attachEvidence(id, attachmentId, input.evidenceId()));
  }

  @DELETE
  @Operation(summary = "Take the attachment away")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(@PathParam("id") UUID id, @PathParam("attachmentId") String attachmentId) {
    attachments.remove(id, attachmentId);
    return Response.noContent().build();
  }

  @GET
  @Path("content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "The uploaded file, exactly as uploaded")
  public Response content(
      @PathParam("id") UUID id, @PathParam("attachmentId") String attachmentId) {
    ProposalAttachment a = attachments.file(id, attachmentId);
    StreamingOutput out =
        sink -> {
          try (InputStream in = attachments.open(a)) {
            in.transferTo(sink);
          }
        };
    return Response.ok(out, a.fileType())
        .header("Content-Disposition", ContentDisposition.attachment(a.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static Map<String, Object> describe(ProposalAttachment a) {
    var out = new java.util.LinkedHashMap<String, Object>();
    out.put("attachmentId", a.attachmentId());
    out.put("fileName", a.fileName());
    if (a.fileSize() != null) {
      out.put("fileSize", a.fileSize());
      out.put("contentType", a.fileType());
    }
    if (a.evidenceId() != null) {
      out.put("evidenceId", a.evidenceId().toString());
    }
    return out;
  }
}
