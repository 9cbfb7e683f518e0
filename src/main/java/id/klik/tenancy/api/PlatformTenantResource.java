package id.klik.tenancy.api;

import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.ApiTenants;
import id.klik.tenancy.application.ReconcileProgress;
import id.klik.tenancy.application.TenantAdministration;
import id.klik.tenancy.domain.NewTenant;
import id.klik.tenancy.domain.TenantProgress;
import id.klik.tenancy.domain.TenantSettings;
import id.klik.tenancy.domain.TenantSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform console's API (platform admins only): tenants, creating one and changing its
 * settings without a change to the repository, reconcile, suspend/resume.
 */
@Path("/platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform", description = "Tenants of the deployment (platform admin)")
public class PlatformTenantResource {

  @Inject TenantAdministration administration;
  @Inject ApiTenants apiTenants;

  @GET
  @Operation(summary = "Every tenant with status, schema version, migration and onboarding state")
  public List<TenantSummary> list() {
    return administration.tenants();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a tenant and onboard it in the background",
      description =
          "Checked like a tenants/<slug>/tenant.yaml (slug, kind, region code against the kind,"
              + " time zone, locale, e-mails); each admin becomes a clinic admin with the"
              + " lower-cased e-mail as username and is sent a mail. A slug that has a folder in"
              + " tenants/ is refused: the repository wins. Poll the Location for progress.")
  @APIResponse(responseCode = "202", description = "Registered; onboarding under way")
  @APIResponse(responseCode = "400", description = "Problems by field; nothing was written")
  @APIResponse(responseCode = "409", description = "The slug is taken or has a tenants/ folder")
  public Response create(NewTenant body, @Context UriInfo uri) {
    if (body == null) {
      throw ValidationException.of("body", "error.badJson.shape");
    }
    TenantProgress created = apiTenants.create(body, "api");
    return Response.accepted(created)
        .location(uri.getAbsolutePathBuilder().path(created.slug()).build())
        .build();
  }

  @GET
  @Path("{slug}")
  @Operation(
      summary = "One tenant: status, settings and onboarding progress",
      description = "The steps reached, the failure message of the last attempt, timestamps.")
  @APIResponse(responseCode = "404", description = "No such tenant")
  public TenantProgress get(@PathParam("slug") String slug) {
    return apiTenants.get(slug);
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a tenant's settings (name, time zone, locale, modules, primary colour)",
      description =
          "Fields left out stay as they are. Only for tenants created through the API or console;"
              + " a tenant with a tenants/ folder changes in the repository.")
  @APIResponse(responseCode = "400", description = "Problems by field; nothing was changed")
  @APIResponse(responseCode = "409", description = "The tenant is managed by its tenants/ folder")
  public TenantProgress changeSettings(@PathParam("slug") String slug, TenantSettings body) {
    if (body == null) {
      throw ValidationException.of("body", "error.badJson.shape");
    }
    return apiTenants.changeSettings(slug, body);
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
