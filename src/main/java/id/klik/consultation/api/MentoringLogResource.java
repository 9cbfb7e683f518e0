package id.klik.consultation.api;

import id.klik.consultation.application.MentoringLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A team's mentoring log at {@code /t/{slug}/api/mentoring-log/{teamId}}. */
@Path("/tenant/mentoring-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Consultations with mentors, availability, notes")
public class MentoringLogResource {

  @Inject MentoringLog log;

  @GET
  @Path("{teamId}")
  @Operation(summary = "Every consultation of the team with its notes and action items, in order")
  public List<MentoringLog.Entry> of(@PathParam("teamId") UUID team) {
    return log.of(team);
  }
}
