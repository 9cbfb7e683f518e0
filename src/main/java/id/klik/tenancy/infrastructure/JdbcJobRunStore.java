package id.klik.tenancy.infrastructure;

import id.klik.tenancy.domain.JobRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The latest run of each tenant job per tenant, in {@code platform.job_run}, on the
 * non-transactional pool: a run's start and end are visible at once, whatever the job's own
 * transactions do.
 */
public final class JdbcJobRunStore {

  private final DataSource dataSource;

  public JdbcJobRunStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void started(String job, String tenant) {
    update(
        "insert into platform.job_run (job_name, tenant, started_at) values (?, ?, now())"
            + " on conflict (job_name, tenant) do update set started_at = now(),"
            + " finished_at = null, progress = 0",
        job,
        tenant);
  }

  /** Ends a run; an error counts one more failure in a row, a success resets the count. */
  public void finished(String job, String tenant, int progress, String error) {
    update(
        "update platform.job_run set finished_at = now(), progress = ?, error = ?,"
            + " failures = case when ? is null then 0 else failures + 1 end,"
            + " last_success_at = case when ? is null then now() else last_success_at end"
            + " where job_name = ? and tenant = ?",
        progress,
        error,
        error,
        error,
        job,
        tenant);
  }

  public List<JobRun> all() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select * from platform.job_run order by job_name, tenant");
        ResultSet rs = s.executeQuery()) {
      List<JobRun> out = new ArrayList<>();
      while (rs.next()) {
        out.add(
            new JobRun(
                rs.getString("job_name"),
                rs.getString("tenant"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getInt("progress"),
                rs.getString("error"),
                rs.getInt("failures"),
                instant(rs.getTimestamp("last_success_at"))));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("job runs query failed: " + e.getMessage(), e);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private void update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null) {
          s.setNull(i + 1, java.sql.Types.VARCHAR);
        } else {
          s.setObject(i + 1, args[i]);
        }
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("job run update failed: " + e.getMessage(), e);
    }
  }
}
