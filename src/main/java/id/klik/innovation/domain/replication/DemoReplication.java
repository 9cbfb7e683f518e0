package id.klik.innovation.domain.replication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A demo replication a tenant's folder declares ({@code tenants/<slug>/demo-replications.csv}): the
 * tenant's innovation (created when missing) replicates a named innovation of another tenant, and
 * the link is confirmed. Demo data only: the link is marked as such.
 *
 * <p>Columns: {@code innovation,work_unit,stage,kind,form,initiator,primary_affair,trial_date,
 * replicates_tenant,replicates_innovation,goals}; only the last column (goals) may hold commas.
 */
public record DemoReplication(
    String innovation,
    String workUnit,
    String stage,
    String kind,
    String form,
    String initiator,
    String primaryAffair,
    LocalDate trialDate,
    String originTenant,
    String originInnovation,
    String goals) {

  private static final int COLUMNS = 11;

  public static List<DemoReplication> parse(String csv) {
    List<DemoReplication> rows = new ArrayList<>();
    String[] lines = csv.split("\\R");
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split(",", COLUMNS);
      if (c.length < COLUMNS) {
        throw new IllegalArgumentException(
            "demo-replications.csv line " + (i + 1) + ": " + COLUMNS + " columns expected");
      }
      rows.add(
          new DemoReplication(
              c[0].strip(),
              c[1].strip(),
              c[2].strip(),
              c[3].strip(),
              c[4].strip(),
              c[5].strip(),
              c[6].strip(),
              c[7].isBlank() ? null : LocalDate.parse(c[7].strip()),
              c[8].strip(),
              c[9].strip(),
              c[10].strip()));
    }
    return rows;
  }
}
