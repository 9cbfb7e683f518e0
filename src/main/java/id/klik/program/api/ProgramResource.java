package id.klik.program.api;

import id.klik.calendar.application.Ics;
import id.klik.program.api.ProgramDtos.AttendanceDto;
import id.klik.program.api.ProgramDtos.CreateProgramDto;
import id.klik.program.api.ProgramDtos.EnrolmentDto;
import id.klik.program.api.ProgramDtos.ProgramDto;
import id.klik.program.api.ProgramDtos.SessionInputDto;
import id.klik.program.api.ProgramDtos.SummaryDto;
import id.klik.program.api.ProgramDtos.UpdateProgramDto;
import id.klik.program.application.Blueprints;
import id.klik.program.application.ProgramCalendar;
import id.klik.program.application.ProgramEnrolments;
import id.klik.program.application.ProgramMaterials;
import id.klik.program.application.ProgramService;
import id.klik.program.application.ProgramSessions;
import id.klik.program.domain.Material;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.api.IfMatch;
import id.klik.shared.api.MultipartFormData;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.ContentDisposition;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTooLargeException;
import id.klik.tenancy.application.TenantContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Programs at {@code /t/{slug}/api/programs}: every member reads; clinic admins and staff start
 * programs from blueprints, plan sessions, enrol teams and record attendance; a team member
 * registers their team while registration is open. Another tenant's ids answer 404.
 */
@Path("/tenant/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Programs from blueprints: sessions, teams, attendance")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class ProgramResource {

  @Inject ProgramService programs;
  @Inject ProgramSessions sessions;
  @Inject ProgramEnrolments enrolments;
  @Inject ProgramMaterials materials;
  @Inject ProgramCalendar calendar;
  @Inject Blueprints blueprints;
  @Inject Ics ics;

  private static final long FRAMING_BYTES = 64 * 1024;
  private static final int FIELD_BYTES = 1024;

  /** A blueprint a program can start from. */
  public record BlueprintDto(String ref, String title, String format, int activities) {}

  @GET
  @Operation(summary = "The tenant's programs, newest first")
  public List<SummaryDto> list() {
    return programs.list().stream().map(SummaryDto::of).toList();
  }

  @GET
  @Path("blueprints")
  @Operation(summary = "The program blueprints the active clinic template names")
  public List<BlueprintDto> blueprints() {
    return blueprints.all().stream()
        .map(
            b ->
                new BlueprintDto(
                    b.ref(),
                    b.title().in(java.util.Locale.forLanguageTag(TenantContext.require().locale())),
                    b.format(),
                    b.body().activities().size()))
        .toList();
  }

  @POST
  @Operation(
      summary = "Start a program from a blueprint (clinic admin or staff)",
      description =
          "Body {\"blueprint\":\"<templateId>@<version>\",\"title\",\"start\":\"2026-12-07\"}. The"
              + " program is planned, with the sessions the blueprint proposes from the start day.")
  @APIResponse(responseCode = "201", description = "The program with its proposed sessions")
  @APIResponse(responseCode = "403", description = "Not a clinic admin or staff")
  public Response create(CreateProgramDto body) {
    if (body == null) {
      throw ValidationException.of("blueprint", "program.blueprint.required");
    }
    ProgramDto created =
        ProgramDto.of(programs.create(body.blueprint(), body.title(), body.start()));
    return Response.status(201).entity(created).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One program: sessions, enrolled teams with completion, materials")
  @APIResponse(responseCode = "404", description = "No such program in this tenant")
  public Response get(@PathParam("id") UUID id) {
    ProgramDto p = ProgramDto.of(programs.get(id));
    return Response.ok(p).tag(String.valueOf(p.version())).build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change title, description, registration window or state",
      description = "States: PLANNED → OPEN → RUNNING → CLOSED (PLANNED → RUNNING by invitation).")
  @APIResponse(responseCode = "404", description = "No such program in this tenant")
  @APIResponse(responseCode = "409", description = "A state move the rules refuse, or changed")
  public Response update(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, UpdateProgramDto body) {
    UpdateProgramDto b = body == null ? new UpdateProgramDto(null, null, null, null, null) : body;
    ProgramDto p =
        ProgramDto.of(
            programs.update(
                id,
                new ProgramService.ProgramInput(
                    b.title(),
                    b.description(),
                    b.registrationOpens(),
                    b.registrationCloses(),
                    b.state()),
                IfMatch.version(ifMatch)));
    return Response.ok(p).tag(String.valueOf(p.version())).build();
  }

  @POST
  @Path("{id}/enrolments")
  @Operation(
      summary = "Enrol a team",
      description =
          "The clinic invites any team while the program is not closed; a team member registers"
              + " their own team while registration is open. Enrolling twice changes nothing.")
  @APIResponse(responseCode = "403", description = "Not the caller's team")
  @APIResponse(responseCode = "409", description = "Registration closed, or the program closed")
  public ProgramDto enrol(@PathParam("id") UUID id, EnrolmentDto body) {
    return ProgramDto.of(enrolments.enrol(id, body == null ? null : body.teamId()));
  }

  @POST
  @Path("{id}/sessions")
  @Operation(summary = "Add a session; the enrolled are invited")
  public Response addSession(@PathParam("id") UUID id, SessionInputDto body) {
    return Response.status(201).entity(ProgramDto.of(sessions.add(id, input(body)))).build();
  }

  @PUT
  @Path("{id}/sessions/{sessionId}")
  @Operation(
      summary = "Plan or move a session",
      description =
          "Times are local to the tenant. A change of time, title or place mails every person of"
              + " the enrolled teams an update (.ics with the same UID and a higher SEQUENCE).")
  @APIResponse(responseCode = "404", description = "No such program or session in this tenant")
  public ProgramDto changeSession(
      @PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, SessionInputDto body) {
    return ProgramDto.of(sessions.change(id, sessionId, input(body)));
  }

  @POST
  @Path("{id}/sessions/{sessionId}/cancel")
  @Operation(summary = "Cancel a session; the enrolled get METHOD:CANCEL")
  public ProgramDto cancelSession(
      @PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
    return ProgramDto.of(sessions.cancel(id, sessionId));
  }

  @PUT
  @Path("{id}/sessions/{sessionId}/attendance")
  @Operation(
      summary = "Record attendance at a session",
      description =
          "Body {\"marks\":[{\"membershipId\",\"present\"}]}: people of enrolled teams, while the"
              + " program runs, at a session that has begun. People not named keep their mark.")
  @APIResponse(responseCode = "409", description = "Not running, a window, or not begun")
  public ProgramDto attendance(
      @PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId, AttendanceDto body) {
    List<ProgramEnrolments.Mark> marks =
        body == null || body.marks() == null
            ? List.of()
            : body.marks().stream()
                .map(
                    m ->
                        m == null
                            ? null
                            : new ProgramEnrolments.Mark(m.membershipId(), m.present()))
                .toList();
    return ProgramDto.of(enrolments.attendance(id, sessionId, marks));
  }

  @GET
  @Path("{id}/calendar.ics")
  @Produces("text/calendar")
  @Operation(summary = "Every session of the program as iCalendar (METHOD:PUBLISH)")
  @APIResponse(responseCode = "404", description = "No such program in this tenant")
  public Response calendar(@PathParam("id") UUID id) {
    byte[] body = ics.publish(calendar.ofProgram(id), TenantContext.require().timeZone().zone());
    return Response.ok(body, Ics.CONTENT_TYPE)
        .header("Content-Disposition", ContentDisposition.attachment("program-" + id + ".ics"))
        .build();
  }

  @POST
  @Path("{id}/materials")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Upload a material (slides, worksheet) for the program or one of its sessions",
      description =
          "Multipart form: title and sessionId (both optional, before the file), then file"
              + " (required). Documents judged by their bytes (PDF, Word, Excel, PowerPoint, PNG,"
              + " JPEG, CSV, text), at most 20 MB. Clinic admins and staff.")
  @APIResponse(responseCode = "201", description = "Stored; the program with its materials")
  @APIResponse(responseCode = "403", description = "The caller may not change programs")
  @APIResponse(responseCode = "404", description = "No such program in this tenant")
  @APIResponse(responseCode = "413", description = "The file is over 20 MB; nothing stored")
  @APIResponse(responseCode = "415", description = "Not a document type; nothing stored")
  public Response addMaterial(
      @PathParam("id") UUID id,
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("Content-Length") Long length,
      InputStream body)
      throws IOException {
    FileRules rules = materials.rules();
    if (length != null && length > rules.maxBytes() + FRAMING_BYTES) {
      throw new FileTooLargeException(rules);
    }
    MultipartFormData form = MultipartFormData.of(contentType, body);
    String title = null;
    UUID session = null;
    for (var part = form.next(); part.isPresent(); part = form.next()) {
      MultipartFormData.Part p = part.get();
      switch (p.name()) {
        case "file" -> {
          materials.add(id, session, title, p.filename().orElse(null), p.content());
          return Response.status(201).entity(ProgramDto.of(programs.get(id))).build();
        }
        case "title" -> title = p.text(FIELD_BYTES);
        case "sessionId" -> session = uuid(p.text(FIELD_BYTES));
        default -> p.text(FIELD_BYTES);
      }
    }
    throw ValidationException.of("file", "program.material.file.required");
  }

  private static UUID uuid(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("sessionId", "program.material.session.unknown");
    }
  }

  @GET
  @Path("{id}/materials/{materialId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "A material's file")
  @APIResponse(responseCode = "404", description = "No such program or material in this tenant")
  public Response material(@PathParam("id") UUID id, @PathParam("materialId") UUID materialId) {
    Material m = materials.find(id, materialId);
    StreamingOutput out =
        sink -> {
          try (InputStream in = materials.open(m)) {
            in.transferTo(sink);
          }
        };
    return Response.ok(out, m.contentType())
        .header("Content-Disposition", ContentDisposition.attachment(m.filename()))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static ProgramSessions.SessionInput input(SessionInputDto b) {
    if (b == null) {
      throw ValidationException.of("start", "program.session.start.required");
    }
    return new ProgramSessions.SessionInput(
        b.title(), b.start(), b.end(), b.location(), b.onlineLink(), b.facilitators());
  }
}
