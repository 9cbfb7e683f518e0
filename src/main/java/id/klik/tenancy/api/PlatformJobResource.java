package id.klik.tenancy.api;

import id.klik.tenancy.application.PlatformCaller;
import id.klik.tenancy.application.TenantJobs;
import id.klik.tenancy.domain.JobRun;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenant jobs as the platform admin sees them: each job's latest run per tenant. */
@Path("/platform/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform", description = "Tenants of the deployment (platform admin)")
public class PlatformJobResource {

  @Inject TenantJobs jobs;
  @Inject PlatformCaller currentUser;

  @GET
  @Operation(
      summary = "The latest run of every tenant job per tenant",
      description =
          "Jobs: mail-outbox (every few seconds), reconcile. failures counts the runs that failed"
              + " in a row; error is the latest run's.")
  public List<JobRun> list() {
    currentUser.requirePlatformAdmin();
    return jobs.runs();
  }
}
