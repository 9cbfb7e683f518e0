package id.klik.consultation.api;

import id.klik.calendar.application.Ics;
import id.klik.consultation.application.AvailabilityService;
import id.klik.consultation.application.ConsultationInput;
import id.klik.consultation.application.ConsultationService;
import id.klik.consultation.application.ConsultationView;
import id.klik.consultation.application.MentoringLog;
import id.klik.consultation.application.NotesInput;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Consultations of a tenant, at {@code /t/{slug}/api/consultations}: a team asks, the mentor or the
 * clinic confirms one slot, moves or cancels it, and writes what came of it. A consultation the
 * caller may not see answers 404, as one of another tenant does.
 */
@Path("/tenant/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Consultations with mentors, availability, notes")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class ConsultationResource {

  @Inject ConsultationService service;
  @Inject AvailabilityService availability;
  @Inject MentoringLog log;

  @GET
  @Operation(summary = "The consultations the caller may see, newest first")
  public List<ConsultationView> list() {
    return service.list();
  }

  @POST
  @Operation(
      summary = "Ask for a consultation (a member of the team, or the clinic)",
      description =
          "Body: {\"teamId\", \"innovationId\" (optional), \"topic\", \"mentor\" (username;"
              + " absent for the clinic), \"preferred\": [\"2026-12-07T09:00+07:00\"], \"minutes\""
              + " (default 60)}")
  @APIResponse(responseCode = "201", description = "Requested; the team and the mentor are told")
  public Response request(ConsultationInput input) {
    return Response.status(201).entity(service.request(input)).build();
  }

  @GET
  @Path("free-slots")
  @Operation(summary = "A mentor's free slots between two dates (in the tenant's zone)")
  public List<FreeSlotDto> freeSlots(
      @QueryParam("mentor") String mentor,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    ZoneId zone = id.klik.tenancy.application.TenantContext.require().timeZone().zone();
    LocalDate f = date("from", from, LocalDate.now(zone));
    LocalDate t = date("to", to, f.plusDays(28));
    Instant start = f.atStartOfDay(zone).toInstant();
    Instant end = t.plusDays(1).atStartOfDay(zone).toInstant();
    return availability.freeSlots(mentor, start, end).stream()
        .map(s -> new FreeSlotDto(s.start(), s.end(), s.minutes()))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One consultation with its notes and action items")
  @APIResponse(responseCode = "404", description = "No such consultation the caller may see")
  public ConsultationView get(@PathParam("id") UUID id) {
    return service.get(id);
  }

  @GET
  @Path("{id}/calendar.ics")
  @Produces("text/calendar")
  @Operation(
      summary = "The confirmed consultation as an iCalendar file (PUBLISH, VTIMEZONE included)")
  @APIResponse(responseCode = "404", description = "No such consultation, or not confirmed yet")
  public Response calendar(@PathParam("id") UUID id) {
    return Response.ok(service.ics(id))
        .type(Ics.CONTENT_TYPE)
        .header("Content-Disposition", "attachment; filename=\"consultation-" + id + ".ics\"")
        .build();
  }

  @POST
  @Path("{id}/confirm")
  @Operation(
      summary = "Confirm one slot (the chosen mentor or the clinic)",
      description =
          "Body: {\"slot\": \"2026-12-07T09:00+07:00\"}: one the team preferred or one the mentor"
              + " offers. Of two confirmations of one mentor's slot at once, one wins and the other"
              + " answers 409.")
  @APIResponse(responseCode = "409", description = "The slot is taken, or already confirmed")
  public ConsultationView confirm(@PathParam("id") UUID id, SlotInput input) {
    return service.confirm(id, slot(input));
  }

  @POST
  @Path("{id}/move")
  @Operation(summary = "Move a confirmed consultation to another slot (mentor or clinic)")
  @APIResponse(responseCode = "409", description = "The slot is taken, or not confirmed")
  public ConsultationView move(@PathParam("id") UUID id, SlotInput input) {
    return service.move(id, slot(input));
  }

  @POST
  @Path("{id}/cancel")
  @Operation(summary = "Cancel a consultation (the team, the mentor or the clinic)")
  public ConsultationView cancel(@PathParam("id") UUID id) {
    return service.cancel(id);
  }

  @POST
  @Path("{id}/notes")
  @Operation(
      summary = "Write what came of it (mentor or clinic)",
      description =
          "Body: {\"notes\", \"followUp\", \"actionItems\": [{\"text\", \"owner\", \"due\":"
              + " \"2026-12-20\", \"done\": false}]}; replaces the earlier notes and items.")
  public ConsultationView notes(@PathParam("id") UUID id, NotesInput input) {
    return service.writeNotes(id, input);
  }

  private static String slot(SlotInput input) {
    if (input == null || input.slot() == null) {
      throw ValidationException.of("slot", "consultation.slot.invalid", (Object) null);
    }
    return input.slot();
  }

  private static LocalDate date(String field, String text, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ValidationException.of(field, "availability.date.invalid", text);
    }
  }
}
