package id.klik.innovation.api;

import id.klik.innovation.application.ImportReport;
import id.klik.innovation.application.InnovationImport;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTooLargeException;
import id.klik.shared.infrastructure.KlikConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Existing innovations from a spreadsheet, at {@code /t/{slug}/api/innovations/import}: all or
 * nothing, every problem with its line and column.
 */
@Path("/tenant/innovations/import")
@Tag(name = "Innovations")
public class InnovationImportResource {

  @Inject InnovationImport imports;
  @Inject KlikConfig config;

  @POST
  @Consumes({
    "text/csv",
    MediaType.TEXT_PLAIN,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_OCTET_STREAM
  })
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import innovations from CSV or XLSX, all or nothing (clinic admin or staff)",
      description =
          "The body is the file. The header row names the columns of GET /innovations/export:"
              + " name, work_unit (code), stage, kind, form, initiator and primary_affair are"
              + " required; team (its name in the work unit), other_affairs (codes separated by"
              + " ';'), trial_date, application_date (YYYY-MM-DD), budget_amount, goals, benefits,"
              + " results, design_narrative, key_changes, beneficiaries, video_url, status are"
              + " optional; id, shared and narrative_words are ignored. Every row passes the"
              + " same rules as POST /innovations; a name its work unit has already is refused."
              + " On any problem nothing is written and every problem is listed with its line"
              + " and column. Limits: KLIK_UPLOAD_MAX_BYTES (413 beyond) and 5,000 rows.")
  @APIResponse(responseCode = "200", description = "Imported: how many innovations were created")
  @APIResponse(
      responseCode = "400",
      description = "Nothing imported; every problem with its line and column",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  @APIResponse(responseCode = "403", description = "Not a clinic admin or staff")
  @APIResponse(responseCode = "413", description = "The file is over the upload limit")
  public ImportReport importFile(@HeaderParam("Content-Length") Long length, InputStream file) {
    long max = config.uploadMaxBytes();
    if (length != null && length > max) {
      throw new FileTooLargeException(FileRules.tables(max));
    }
    if (file == null || (length != null && length == 0)) {
      throw ValidationException.of("file", "innovation.import.empty");
    }
    return imports.importFile(new BoundedInputStream(file, max));
  }
}
