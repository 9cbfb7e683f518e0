package id.klik.index.api;

import id.klik.index.application.IndexReport;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A cycle's leadership summary as a PDF, at {@code /t/{slug}/api/index/{year}/report.pdf}. */
@Path("/tenant/index/{year}/report.pdf")
@Tag(name = "Index")
public class IndexReportResource {

  @Inject IndexReport report;

  @GET
  @Produces({"application/pdf", "application/json"})
  @Operation(
      summary = "The index summary for leadership, as PDF",
      description =
          "The estimate (declared and evidenced) with its category, the breakdown by aspect with"
              + " a chart of each aspect against its maximum, every indicator's contribution and"
              + " the what-if steps that gain most. Every member reads it; Bahasa Indonesia unless"
              + " lang=en.")
  @APIResponse(responseCode = "200", description = "The PDF, as an attachment")
  @APIResponse(
      responseCode = "404",
      description = "No cycle for that year",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  public Response report(
      @PathParam("year") int year,
      @Parameter(description = "id (default) or en") @QueryParam("lang") String lang) {
    byte[] bytes = report.leadership(year, Messages.localeOf(lang));
    return Response.ok(bytes, "application/pdf")
        .header("Content-Disposition", ContentDisposition.attachment("indeks-" + year + ".pdf"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }
}
