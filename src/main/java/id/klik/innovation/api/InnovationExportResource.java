package id.klik.innovation.api;

import id.klik.innovation.application.InnovationExport;
import id.klik.innovation.application.InnovationSearch;
import id.klik.innovation.domain.InnovationFilter;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The filtered portfolio as a spreadsheet, at {@code /t/{slug}/api/innovations/export}: the same
 * parameters as the list, every hit (no paging), streamed.
 */
@Path("/tenant/innovations/export")
@Tag(name = "Innovations")
public class InnovationExportResource {

  @Inject InnovationSearch searches;
  @Inject InnovationExport export;

  @GET
  @Produces({
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_JSON
  })
  @Operation(
      summary = "Export the filtered innovations as CSV or XLSX (every member)",
      description =
          "The columns are those of POST /innovations/import (work_unit by code, team by name,"
              + " other_affairs separated by ';', dates YYYY-MM-DD) plus the read-only id, shared"
              + " and narrative_words, so an export imports back. A cell starting with = + - or @"
              + " is written with a leading apostrophe, so that no spreadsheet runs it as a"
              + " formula. CSV is UTF-8 with a byte-order mark.")
  @APIResponse(responseCode = "200", description = "The file, as an attachment")
  @APIResponse(
      responseCode = "400",
      description = "An unknown format or filter value",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  public Response export(
      @BeanParam SearchParameters search,
      @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
    InnovationExport.Format f = format(format);
    InnovationFilter filter = searches.filter(search.raw());
    export.requireReader();
    StreamingOutput body = out -> export.write(filter, f, out);
    String name = "inovasi-" + LocalDate.now() + "." + f.extension;
    return Response.ok(body, f.contentType)
        .header("Content-Disposition", ContentDisposition.attachment(name))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  static InnovationExport.Format format(String format) {
    if (format == null || format.isBlank()) {
      return InnovationExport.Format.CSV;
    }
    try {
      return InnovationExport.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("format", "innovation.export.formatUnknown", format);
    }
  }
}
