package id.klik.index.api;

import id.klik.index.application.CycleComparison;
import id.klik.index.application.CycleSheet;
import id.klik.index.application.CycleView;
import id.klik.index.application.IndexCycles;
import id.klik.index.application.LevelInput;
import id.klik.index.application.ReadinessMail;
import id.klik.index.application.ReadinessView;
import id.klik.index.application.SheetChoice;
import id.klik.index.application.StartCycle;
import id.klik.index.application.StartedCycle;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.ContentDisposition;
import id.klik.shared.web.RequestInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The yearly index self-assessment at {@code /t/{slug}/api/index/{year}}: every member reads;
 * clinic admins and staff write. A year without a cycle, an innovation or measure of another tenant
 * or not in the model answers 404.
 */
@Path("/tenant/index")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Index",
    description = "The Regional Innovation Index (IID) self-assessment: cycles, levels, estimates")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
@APIResponse(responseCode = "404", description = "No such cycle, innovation or measure here")
public class IndexResource {

  @Inject IndexCycles cycles;

  @GET
  @Operation(summary = "The tenant's cycles, the newest year first")
  public List<CycleView> list() {
    return cycles.cycles();
  }

  @GET
  @Path("{year}")
  @Operation(
      summary = "The cycle's estimate: declared figures, evidenced figures, breakdown, notes",
      description =
          "Fields: model, spd, sidAverage, divisor, numberScore, basicAffairsCovered, total,"
              + " index, category (SANGAT_INOVATIF, INOVATIF, KURANG_INOVATIF,"
              + " TIDAK_DAPAT_DINILAI) and evidenced {the same figures}, plus sidSum, innovations,"
              + " missingBasicAffairs, breakdown (region, innovations, indicators), notes (figures"
              + " the model does not allow to compute), outsideWindow, derived and cycle.")
  public EstimateDto estimate(@PathParam("year") int year) {
    return EstimateDto.of(cycles.estimate(year), RequestInfo.locale());
  }

  @POST
  @Path("{year}")
  @Operation(
      summary = "Start the cycle of a year (clinic admin or staff)",
      description =
          "Body: {\"model\":\"iid-index-2026@2026.1\"} (an index model the clinic adopted),"
              + " optionally \"carryFrom\": an earlier year whose innovations, levels and evidence"
              + " are carried over where the new model still has the measure (each marked for"
              + " re-confirmation; a PUT confirms), and \"windowFrom\"/\"windowTo\" (default: 1"
              + " Jan two years before the model's year to 31 Dec of the year before). The answer"
              + " names the model differences when carried over.")
  @APIResponse(responseCode = "201", description = "Started")
  @APIResponse(responseCode = "409", description = "The year has a cycle already")
  public Response start(@PathParam("year") int year, StartCycleInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    StartedCycle started =
        cycles.start(
            year,
            new StartCycle(input.model(), input.carryFrom(), input.windowFrom(), input.windowTo()));
    return Response.status(201).entity(started).build();
  }

  @PUT
  @Path("{year}/window")
  @Operation(summary = "Correct the cycle's application window (clinic admin or staff)")
  public CycleView window(@PathParam("year") int year, WindowInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return cycles.setWindow(year, input.windowFrom(), input.windowTo());
  }

  @GET
  @Path("{year}/sheet")
  @Operation(
      summary = "The assessment sheet: region measures, innovations × measures, derived figures")
  public CycleSheet sheet(@PathParam("year") int year) {
    return cycles.sheet(year);
  }

  @PUT
  @Path("{year}/region/{measureId}")
  @Operation(
      summary = "Set a region measure's level and evidence (clinic admin or staff)",
      description =
          "Body: {\"level\":0..3,\"evidenceId\"?}; the evidence must be a region evidence item"
              + " of this clinic for the measure's indicator (or for none in particular). Confirms"
              + " a carried level.")
  public SheetChoice region(
      @PathParam("year") int year, @PathParam("measureId") String measureId, LevelInputDto input) {
    return cycles.setRegionLevel(year, measureId, level(input));
  }

  @POST
  @Path("{year}/innovations/{innovationId}")
  @Operation(
      summary = "Enter an innovation in the cycle (clinic admin or staff)",
      description =
          "An innovation may be entered in at most two cycles: a third answers 400. Entering one"
              + " already entered changes nothing.")
  public CycleSheet.InnovationRow enter(
      @PathParam("year") int year, @PathParam("innovationId") UUID innovationId) {
    return cycles.enter(year, innovationId);
  }

  @PUT
  @Path("{year}/innovations/{innovationId}/{measureId}")
  @Operation(
      summary = "Set an innovation measure's level and evidence (clinic admin or staff)",
      description =
          "Body: {\"level\":0..3,\"evidenceId\"?}; the evidence must be this innovation's own"
              + " item for the measure's indicator (or for none in particular).")
  public SheetChoice innovation(
      @PathParam("year") int year,
      @PathParam("innovationId") UUID innovationId,
      @PathParam("measureId") String measureId,
      LevelInputDto input) {
    return cycles.setInnovationLevel(year, innovationId, measureId, level(input));
  }

  @GET
  @Path("{year}/what-if")
  @Operation(
      summary = "The changes that raise the evidenced index most, and a plan to a category",
      description =
          "steps: every single change with its gain in index points, the largest first. With"
              + " ?target=INOVATIF (a category code of the model) also plan: the shortest list of"
              + " steps found that reaches it.")
  public WhatIfDto whatIf(
      @PathParam("year") int year,
      @Parameter(description = "A category code, e.g. SANGAT_INOVATIF") @QueryParam("target")
          String target) {
    return new WhatIfDto(
        year,
        cycles.whatIf(year),
        target == null || target.isBlank() ? null : cycles.planTo(year, target));
  }

  @GET
  @Path("{year}/readiness")
  @Operation(
      summary = "Readiness per innovation (GREEN, YELLOW, RED with what is missing) and work unit")
  public ReadinessView readiness(@PathParam("year") int year) {
    return cycles.readiness(year, RequestInfo.locale());
  }

  @POST
  @Path("{year}/readiness/mail")
  @Operation(
      summary = "Mail a work unit's members what its innovations still miss (clinic admin/staff)")
  public ReadinessMail mail(
      @PathParam("year") int year,
      @Parameter(description = "The work unit's id", required = true) @QueryParam("workUnit")
          UUID workUnit) {
    if (workUnit == null) {
      throw ValidationException.of("workUnit", "error.bodyRequired");
    }
    return cycles.mailReadiness(year, workUnit);
  }

  @GET
  @Path("{year}/compare/{otherYear}")
  @Operation(
      summary = "Two cycles side by side with the differences of their models",
      description =
          "first and second: the two estimates; difference: measures added, removed and"
              + " reweighted; modelChanges: the template diff's readable changes.")
  public CycleComparison compare(
      @PathParam("year") int year, @PathParam("otherYear") int otherYear) {
    return cycles.compare(year, otherYear);
  }

  @GET
  @Path("{year}/export.csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(
      summary = "The assessment as CSV: one row per region measure and per innovation × measure",
      description =
          "UTF-8 with a byte-order mark. A cell starting with = + - or @ is written with a"
              + " leading apostrophe, so that no spreadsheet runs it as a formula.")
  public Response export(@PathParam("year") int year) {
    List<List<String>> rows = cycles.exportRows(year);
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write('\uFEFF');
          try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
              printer.printRecord(row);
            }
          }
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", ContentDisposition.attachment("indeks-" + year + ".csv"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static LevelInput level(LevelInputDto input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return new LevelInput(input.level(), input.evidenceId());
  }
}
