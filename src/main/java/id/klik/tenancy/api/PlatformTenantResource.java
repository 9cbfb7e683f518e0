package id.klik.tenancy.api;

import id.klik.shared.domain.NotFoundException;
import id.klik.tenancy.application.ReconcileProgress;
import id.klik.tenancy.application.TenantAdministration;
import id.klik.tenancy.domain.TenantSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform console's API (platform admins only): tenants, reconcile, suspend/resume. */
@Path("/platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform", description = "Tenants of the deployment (platform admin)")
public class PlatformTenantResource {

  @Inject TenantAdministration administration;

  @GET
  @Operation(summary = "Every tenant with status, schema version, migration and onboarding state")
  public List<TenantSummary> list() {
    return administration.tenants();
  }

  @POST
  @Path("reconcile")
  @Operation(
      summary = "Reconcile tenants/ now",
      description =
          "Starts a run in the background (or returns the one running); poll GET reconcile.")
  @APIResponse(responseCode = "202", description = "Started or already running")
  public Response reconcile() {
    return Response.accepted(administration.reconcile("api")).build();
  }

  @GET
  @Path("reconcile")
  @Operation(summary = "Progress and outcome of the latest reconcile run")
  @APIResponse(responseCode = "404", description = "No run since start-up")
  public ReconcileProgress reconcileProgress() {
    return administration
        .reconcileProgress()
        .orElseThrow(() -> new NotFoundException("reconcile run", "latest"));
  }

  @POST
  @Path("{slug}/suspend")
  @Operation(summary = "Suspend a tenant: its pages and API answer 503 until resumed")
  @APIResponse(responseCode = "409", description = "The tenant has not finished onboarding")
  public TenantSummary suspend(@PathParam("slug") String slug) {
    return administration.suspend(slug);
  }

  @POST
  @Path("{slug}/resume")
  @Operation(summary = "Resume a suspended tenant")
  @APIResponse(responseCode = "409", description = "The tenant has not finished onboarding")
  public TenantSummary resume(@PathParam("slug") String slug) {
    return administration.resume(slug);
  }
}
