package id.klik.innovation.api;

import id.klik.innovation.application.InnovationProfilePdf;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.Messages;
import id.klik.shared.files.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One innovation's profile as a PDF, at {@code /t/{slug}/api/innovations/{id}/profile.pdf}. */
@Path("/tenant/innovations/{id}/profile.pdf")
@Tag(name = "Innovations")
public class InnovationProfilePdfResource {

  @Inject InnovationProfilePdf pdf;

  @GET
  @Produces({"application/pdf", "application/json"})
  @Operation(
      summary = "The innovation in the layout of the national innovation profile, as PDF",
      description =
          "Every member reads it. Fonts are embedded; the texts are in Bahasa Indonesia unless"
              + " lang=en.")
  @APIResponse(responseCode = "200", description = "The PDF, as an attachment")
  @APIResponse(
      responseCode = "404",
      description = "No such innovation in this tenant",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  public Response profile(
      @PathParam("id") UUID id,
      @Parameter(description = "id (default) or en") @QueryParam("lang") String lang) {
    byte[] bytes = pdf.render(id, Messages.localeOf(lang));
    return Response.ok(bytes, "application/pdf")
        .header("Content-Disposition", ContentDisposition.attachment("profil-" + id + ".pdf"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }
}
