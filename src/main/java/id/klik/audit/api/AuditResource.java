package id.klik.audit.api;

import id.klik.audit.application.AuditLogService;
import id.klik.audit.domain.AuditQuery;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.DisplayTime;
import id.klik.shared.domain.Page;
import id.klik.shared.files.ContentDisposition;
import id.klik.tenancy.application.TenantTime;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's audit trail, at {@code /t/{slug}/api/audit} (JSON, or CSV with {@code Accept:
 * text/csv}) and {@code /t/{slug}/api/audit.csv}. Clinic admins only.
 */
@Path("/tenant")
@Tag(name = "Audit trail", description = "Who changed what in the clinic, and when")
@APIResponse(
    responseCode = "400",
    description = "A date, page or size that cannot be used; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
@APIResponse(responseCode = "403", description = "The caller may not read the audit trail")
public class AuditResource {

  static final String CSV = "text/csv";

  @Inject AuditLogService service;
  @Context HttpHeaders headers;

  @GET
  @Path("audit")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(
      summary = "The audit trail, newest first, a page at a time, filtered",
      description =
          "Dates are calendar days (yyyy-MM-dd) in the clinic's time zone, both included. With"
              + " Accept: text/csv the whole filtered trail comes as CSV instead (page and size"
              + " are then ignored).")
  public Response list(
      @Parameter(description = "Login name of the person who acted") @QueryParam("actor")
          String actor,
      @Parameter(description = "Kind of object, e.g. work_unit, team, membership")
          @QueryParam("type")
          String type,
      @Parameter(description = "First day, yyyy-MM-dd, in the clinic's zone") @QueryParam("from")
          String from,
      @Parameter(description = "Last day, yyyy-MM-dd, in the clinic's zone") @QueryParam("to")
          String to,
      @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
      @Parameter(description = "Page size, 1–200, default 50") @QueryParam("size") Integer size) {
    service.requireReader();
    AuditQuery query = service.query(actor, type, from, to);
    if (wantsCsv()) {
      return csv(query);
    }
    AuditQuery.checkPage(page, size, Page.MAX_SIZE);
    DisplayTime time = TenantTime.display();
    Page<AuditEntryDto> result =
        service
            .search(query, page == null ? 0 : page, size == null ? 50 : size)
            .map(r -> AuditEntryDto.of(r, time));
    return Response.ok(
            new AuditPageDto(result.items(), result.page(), result.size(), result.total()),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @GET
  @Path("audit.csv")
  @Produces(CSV)
  @Operation(
      summary = "The filtered audit trail as CSV, newest first",
      description =
          "UTF-8 with a byte order mark; times in the clinic's zone; cells that a spreadsheet"
              + " would run as formulas start with an apostrophe.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV, as an attachment",
      content = @Content(mediaType = CSV))
  public Response export(
      @QueryParam("actor") String actor,
      @QueryParam("type") String type,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    service.requireReader();
    return csv(service.query(actor, type, from, to));
  }

  private Response csv(AuditQuery query) {
    StreamingOutput body = out -> service.writeCsv(query, out);
    String name = "audit-" + LocalDate.now(TenantTime.display().zone()) + ".csv";
    return Response.ok(body, CSV + ";charset=UTF-8")
        .header("Content-Disposition", ContentDisposition.attachment(name))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** CSV only when the caller asks for it before JSON. */
  private boolean wantsCsv() {
    for (MediaType m : headers.getAcceptableMediaTypes()) {
      if (m.isWildcardType()) {
        return false;
      }
      if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (m.getType().equals("text") && m.getSubtype().equals("csv")) {
        return true;
      }
    }
    return false;
  }
}
