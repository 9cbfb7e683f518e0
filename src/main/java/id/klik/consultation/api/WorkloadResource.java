package id.klik.consultation.api;

import id.klik.consultation.application.Workload;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mentors' workload at {@code /t/{slug}/api/workload}: the clinic admin's view, and a mentor's own.
 */
@Path("/tenant/workload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Consultations with mentors, availability, notes")
public class WorkloadResource {

  @Inject Workload workload;

  @GET
  @Operation(summary = "Every mentor's workload (clinic admin)")
  public List<Workload.Figures> everyone() {
    return workload.everyone();
  }

  @GET
  @Path("me")
  @Operation(summary = "My workload as a mentor")
  public Workload.Figures mine() {
    return workload.mine();
  }
}
