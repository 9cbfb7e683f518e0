package id.klik.tenancy.api;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.tenancy.application.PlatformCaller;
import id.klik.tenancy.application.ReconcileProgress;
import id.klik.tenancy.application.TenantReconciler;
import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.domain.OnboardingStep;
import id.klik.tenancy.domain.TenantStatus;
import id.klik.tenancy.domain.TenantSummary;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
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

  @Inject JdbcTenantStore store;
  @Inject TenantReconciler reconciler;
  @Inject TenantRegistry registry;
  @Inject PlatformCaller currentUser;

  @GET
  @Operation(summary = "Every tenant with status, schema version, migration and onboarding state")
  public List<TenantSummary> list() {
    currentUser.requirePlatformAdmin();
    return store.summaries();
  }

  @POST
  @Path("reconcile")
  @Operation(
      summary = "Reconcile tenants/ now",
      description =
          "Starts a run in the background (or returns the one running); poll GET reconcile.")
  @APIResponse(responseCode = "202", description = "Started or already running")
  public Response reconcile() {
    currentUser.requirePlatformAdmin();
    ReconcileProgress progress = reconciler.start("api", currentUser.actor());
    store.audit(currentUser.actor(), "RECONCILE", null, "via API");
    return Response.accepted(progress).build();
  }

  @GET
  @Path("reconcile")
  @Operation(summary = "Progress and outcome of the latest reconcile run")
  @APIResponse(responseCode = "404", description = "No run since start-up")
  public ReconcileProgress reconcileProgress() {
    currentUser.requirePlatformAdmin();
    return reconciler
        .progress()
        .orElseThrow(() -> new NotFoundException("reconcile run", "latest"));
  }

  @POST
  @Path("{slug}/suspend")
  @Operation(summary = "Suspend a tenant: its pages and API answer 503 until resumed")
  public TenantSummary suspend(@PathParam("slug") String slug) {
    currentUser.requirePlatformAdmin();
    return setStatus(slug, TenantStatus.SUSPENDED);
  }

  @POST
  @Path("{slug}/resume")
  @Operation(summary = "Resume a suspended tenant")
  public TenantSummary resume(@PathParam("slug") String slug) {
    currentUser.requirePlatformAdmin();
    return setStatus(slug, TenantStatus.ACTIVE);
  }

  private TenantSummary setStatus(String slug, TenantStatus status) {
    JdbcTenantStore.Row row =
        store.find(slug).orElseThrow(() -> new NotFoundException("tenant", slug));
    if (row.step() != OnboardingStep.DONE) {
      throw new ConflictException("tenant.notOnboarded", row.ref().name());
    }
    store.setStatus(slug, status);
    store.audit(
        currentUser.actor(), status == TenantStatus.SUSPENDED ? "SUSPEND" : "RESUME", slug, null);
    registry.reload();
    return store.summaries().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
  }
}
