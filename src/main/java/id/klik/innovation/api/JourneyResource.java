package id.klik.innovation.api;

import id.klik.innovation.application.JourneyFile;
import id.klik.innovation.application.JourneyService;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.ContentDisposition;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTooLargeException;
import id.klik.shared.infrastructure.KlikConfig;
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
 * An innovation's journey, at {@code /t/{slug}/api/innovations/{id}/journey}: the stages of the
 * tenant's journey template with their artifacts. Every member reads it; whoever may edit the
 * innovation changes it. Another tenant's innovation answers 404.
 */
@Path("/tenant/innovations/{id}/journey")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Innovation journey",
    description = "Stages of the journey template, artifacts (text or file), done marks, progress")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
@APIResponse(responseCode = "404", description = "No such innovation, stage or artifact here")
public class JourneyResource {

  @Inject JourneyService service;
  @Inject KlikConfig config;

  @GET
  @Operation(
      summary = "The journey: current stage, progress %, stages with artifacts, earlier records")
  public JourneyDto get(@PathParam("id") UUID id) {
    return JourneyDto.of(service.view(id), RequestInfo.locale());
  }

  @PUT
  @Path("stages/{stage}/artifacts/{artifact}")
  @Operation(
      summary = "Write an artifact's text and/or mark it done (whoever may edit the innovation)",
      description =
          "Body: {\"text\", \"done\"}; a field left out stays as it is. Done needs a"
              + " text or a file.")
  @APIResponse(responseCode = "403", description = "The caller may not edit this innovation")
  public JourneyDto write(
      @PathParam("id") UUID id,
      @PathParam("stage") String stage,
      @PathParam("artifact") String artifact,
      JourneyArtifactInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return JourneyDto.of(
        service.write(id, stage, artifact, input.text(), input.done()), RequestInfo.locale());
  }

  @POST
  @Path("stages/{stage}/artifacts/{artifact}/file")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Attach a file to an artifact (the request body is the file)",
      description =
          "PDF, images, Office documents, CSV or text, up to KLIK_UPLOAD_MAX_BYTES;"
              + " the type is detected from the content. A new file replaces the artifact's file.")
  @APIResponse(responseCode = "403", description = "The caller may not edit this innovation")
  @APIResponse(responseCode = "413", description = "The file is over the upload limit")
  @APIResponse(responseCode = "415", description = "The file's type is not allowed")
  public JourneyDto attach(
      @PathParam("id") UUID id,
      @PathParam("stage") String stage,
      @PathParam("artifact") String artifact,
      @Parameter(description = "The file's name, e.g. empathy-map.pdf") @QueryParam("filename")
          String filename,
      @HeaderParam("Content-Length") Long length,
      InputStream content) {
    if (length != null && length > config.uploadMaxBytes()) {
      throw new FileTooLargeException(FileRules.documents(config.uploadMaxBytes()));
    }
    if (content == null || (length != null && length == 0)) {
      throw ValidationException.of("file", "journey.fileEmpty");
    }
    return JourneyDto.of(
        service.attach(id, stage, artifact, content, filename), RequestInfo.locale());
  }

  @POST
  @Path("move")
  @Operation(summary = "Move the innovation to a stage, forward or back: {\"stage\"}")
  @APIResponse(responseCode = "403", description = "The caller may not edit this innovation")
  public JourneyDto move(@PathParam("id") UUID id, JourneyMoveInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return JourneyDto.of(service.moveTo(id, input.stage()), RequestInfo.locale());
  }

  @GET
  @Path("files/{recordId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download the file of an artifact record (also of an earlier journey)")
  public Response file(@PathParam("id") UUID id, @PathParam("recordId") UUID recordId) {
    JourneyFile file = service.file(id, recordId);
    StreamingOutput body =
        out -> {
          try (InputStream in = file.content()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, file.contentType())
        .header("Content-Disposition", ContentDisposition.attachment(file.name()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Length", file.size())
        .build();
  }
}
