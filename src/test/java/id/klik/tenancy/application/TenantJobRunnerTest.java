package id.klik.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.tenancy.domain.JobRun;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import id.klik.tenancy.infrastructure.JdbcJobRunStore;
import id.klik.tenancy.infrastructure.TenantMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant jobs on a real PostgreSQL: per-tenant scope and record, failures contained, one runner.
 */
class TenantJobRunnerTest {

  private static final List<TenantRef> TENANTS = List.of(tenant("a"), tenant("b"), tenant("c"));

  private static EmbeddedPostgres postgres;
  private static DataSource db;
  private static TenantJobRunner runner;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    db = postgres.getPostgresDatabase();
    new TenantMigrator(db, 1).migratePlatform();
    runner = new TenantJobRunner(db);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void empty() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("truncate platform.job_run");
    }
  }

  @Test
  void oneFailingTenantDoesNotStopTheOthers() {
    List<String> ran = new ArrayList<>();

    TenantJobRunner.Report report =
        runner.runForEach(
            "sample",
            TENANTS,
            tenant -> {
              ran.add(tenant.slug());
              if (tenant.slug().equals("b")) {
                throw new IllegalStateException("SMTP said no");
              }
              return 3;
            });

    assertThat(ran).containsExactly("a", "b", "c");
    assertThat(report.failed()).isEqualTo(1);
    Map<String, JobRun> runs = runs();
    assertThat(runs.get("a").progress()).isEqualTo(3);
    assertThat(runs.get("a").failing()).isFalse();
    assertThat(runs.get("b").error()).isEqualTo("SMTP said no");
    assertThat(runs.get("b").failures()).isEqualTo(1);
    assertThat(runs.get("c").finishedAt()).isNotNull();
  }

  @Test
  void eachTenantsWorkRunsInsideThatTenantsScope() {
    List<String> seen = new ArrayList<>();

    runner.runForEach(
        "scope",
        TENANTS,
        tenant -> {
          seen.add(TenantContext.require().schema());
          return 0;
        });

    assertThat(seen).containsExactly("t_a", "t_b", "t_c");
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void failuresInARowAreCountedAndASuccessResetsThem() {
    TenantJobRunner.TenantWork failing =
        tenant -> {
          throw new IllegalStateException("down");
        };
    runner.runForEach("flaky", TENANTS.subList(0, 1), failing);
    runner.runForEach("flaky", TENANTS.subList(0, 1), failing);
    assertThat(runs().get("a").failures()).isEqualTo(2);

    runner.runForEach("flaky", TENANTS.subList(0, 1), tenant -> 1);

    JobRun a = runs().get("a");
    assertThat(a.failures()).isZero();
    assertThat(a.error()).isNull();
    assertThat(a.lastSuccessAt()).isNotNull();
  }

  @Test
  void aJobAnotherReplicaRunsIsSkipped() throws SQLException {
    List<String> ran = new ArrayList<>();
    try (Connection otherReplica = db.getConnection();
        PreparedStatement lock =
            otherReplica.prepareStatement("select pg_advisory_lock(2, hashtext('busy'))")) {
      lock.execute();

      TenantJobRunner.Report report =
          runner.runForEach(
              "busy",
              TENANTS,
              tenant -> {
                ran.add(tenant.slug());
                return 1;
              });

      assertThat(report.ran()).isFalse();
      assertThat(ran).isEmpty();
    }
    assertThat(runner.runForEach("busy", TENANTS, tenant -> 1).ran()).isTrue();
  }

  @Test
  void recordsWorkThatEntersItsTenantItself() {
    TenantJobRunner.Outcome outcome =
        runner.record(
            "reconcile",
            "new-region",
            ignored -> {
              throw new IllegalStateException("onboarding failed");
            });

    assertThat(outcome.ok()).isFalse();
    assertThat(runs().get("new-region").error()).isEqualTo("onboarding failed");
  }

  private static Map<String, JobRun> runs() {
    return new JdbcJobRunStore(db)
        .all().stream().collect(Collectors.toMap(JobRun::tenant, r -> r, (x, y) -> y));
  }

  private static TenantRef tenant(String slug) {
    return new TenantRef(
        slug,
        "t_" + slug,
        "Kota " + slug,
        TenantKind.KOTA,
        "61.71",
        TenantStatus.ACTIVE,
        "id",
        RegionTimeZone.WIB);
  }
}
