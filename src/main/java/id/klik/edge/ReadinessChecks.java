package id.klik.edge;

import id.klik.tenancy.application.PlatformStartup;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * MicroProfile Health: /health/started, /health/ready (database, start-up), /health/live. Keycloak
 * is not a readiness check (see {@link DependencyStatusServlet}): its outage stops new sign-ins,
 * not API traffic with valid tokens.
 */
@ApplicationScoped
public class ReadinessChecks {

  @Inject JdbcTenantStore store;

  @Inject PlatformStartup startup;

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      try (Connection c = store.dataSource().getConnection()) {
        return HealthCheckResponse.named("database").status(c.isValid(2)).build();
      } catch (SQLException | RuntimeException e) {
        return HealthCheckResponse.named("database")
            .down()
            .withData("error", e.getMessage())
            .build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck tenantsReconciled() {
    return startedCheck("tenants-reconciled");
  }

  @Produces
  @Startup
  HealthCheck started() {
    return startedCheck("started");
  }

  @Produces
  @Liveness
  HealthCheck live() {
    return () -> HealthCheckResponse.up("live");
  }

  private HealthCheck startedCheck(String name) {
    return () -> {
      var builder = HealthCheckResponse.named(name).status(startup.succeeded());
      if (startup.failure() != null) {
        builder.withData("error", startup.failure());
      }
      return builder.build();
    };
  }
}
