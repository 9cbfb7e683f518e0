package id.klik.innovation.domain.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading a tenant's demo replications file. */
class DemoReplicationTest {

  private static final String HEADER =
      "innovation,work_unit,stage,kind,form,initiator,primary_affair,trial_date,"
          + "replicates_tenant,replicates_innovation,goals\n";

  @Test
  void aRowNamesBothInnovationsAndTheGoalsMayHoldCommas() {
    var rows =
        DemoReplication.parse(
            HEADER
                + "Antrean Singkawang,DINKES,uji-coba,digital,pelayanan-publik,asn,kesehatan,"
                + "2025-03-03,pontianak,Antrean Puskesmas Daring (SiAntre),Meniru, lalu menyesuaikan\n");

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.originTenant()).isEqualTo("pontianak");
              assertThat(r.originInnovation()).isEqualTo("Antrean Puskesmas Daring (SiAntre)");
              assertThat(r.trialDate()).isEqualTo(LocalDate.of(2025, 3, 3));
              assertThat(r.goals()).isEqualTo("Meniru, lalu menyesuaikan");
            });
  }

  @Test
  void blankAndCommentLinesAreSkippedAndAShortRowIsRefused() {
    assertThat(DemoReplication.parse(HEADER + "\n# nothing yet\n")).isEmpty();
    assertThatThrownBy(() -> DemoReplication.parse(HEADER + "a,b,c\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }
}
