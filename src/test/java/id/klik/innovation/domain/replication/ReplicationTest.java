package id.klik.innovation.domain.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may move a replication link, in which state. */
class ReplicationTest {

  private final InnovationEnd pontianak =
      new InnovationEnd("pontianak", UUID.randomUUID(), "Si Pelita", "Kota Pontianak");
  private final InnovationEnd singkawang =
      new InnovationEnd("singkawang", UUID.randomUUID(), "Si Pelita Singkawang", "Kota Singkawang");

  private Replication requested() {
    return Replication.declare(pontianak, true, singkawang, "admin.singkawang", false);
  }

  @Test
  void aDeclarationIsARequest() {
    assertThat(requested().state()).isEqualTo(ReplicationState.REQUESTED);
  }

  @Test
  void onlyASharedInnovationCanBeReplicated() {
    assertThatThrownBy(() -> Replication.declare(pontianak, false, singkawang, "a", false))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aRegionCannotReplicateItsOwnInnovation() {
    InnovationEnd own = new InnovationEnd("pontianak", UUID.randomUUID(), "X", "Kota Pontianak");

    assertThatThrownBy(() -> Replication.declare(pontianak, true, own, "a", false))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theOriginConfirms() {
    Replication link = requested();

    link.confirm("pontianak", "admin.pontianak");

    assertThat(link.state()).isEqualTo(ReplicationState.CONFIRMED);
  }

  @Test
  void confirmingTwiceIsAConflict() {
    Replication link = requested();
    link.confirm("pontianak", "admin.pontianak");

    assertThatThrownBy(() -> link.confirm("pontianak", "admin.pontianak"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("replication.alreadyConfirmed");
  }

  @Test
  void theReplicaCannotConfirmItsOwnRequest() {
    assertThatThrownBy(() -> requested().confirm("singkawang", "admin.singkawang"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aTenantOnNeitherSideIsToldTheLinkDoesNotExist() {
    Replication link = requested();

    assertThatThrownBy(() -> link.confirm("sumedang", "admin.sumedang"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> link.end("sumedang", "admin.sumedang"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theOriginDeclinesARequestAndThenCannotConfirmIt() {
    Replication link = requested();

    link.decline("pontianak", "admin.pontianak");

    assertThat(link.state()).isEqualTo(ReplicationState.DECLINED);
    assertThatThrownBy(() -> link.confirm("pontianak", "admin.pontianak"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void eitherSideEndsAConfirmedLink() {
    Replication byOrigin = requested();
    byOrigin.confirm("pontianak", "a");
    Replication byReplica = requested();
    byReplica.confirm("pontianak", "a");

    byOrigin.end("pontianak", "admin.pontianak");
    byReplica.end("singkawang", "admin.singkawang");

    assertThat(byOrigin.state()).isEqualTo(ReplicationState.ENDED);
    assertThat(byReplica.endedByTenant()).contains("singkawang");
  }

  @Test
  void theReplicaWithdrawsARequestByEndingIt() {
    Replication link = requested();

    link.end("singkawang", "admin.singkawang");

    assertThat(link.state()).isEqualTo(ReplicationState.ENDED);
  }

  @Test
  void anEndedLinkCannotBeEndedOrConfirmed() {
    Replication link = requested();
    link.end("singkawang", "a");

    assertThatThrownBy(() -> link.end("pontianak", "b")).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> link.confirm("pontianak", "b")).isInstanceOf(ConflictException.class);
  }

  @Test
  void eachSideSeesTheOthersEnd() {
    Replication link = requested();

    assertThat(link.other("pontianak")).isEqualTo(singkawang);
    assertThat(link.other("singkawang")).isEqualTo(pontianak);
    assertThat(link.own("singkawang")).isEqualTo(singkawang);
  }

  @Test
  void theCountIsOfDistinctRegionsWithAConfirmedLink() {
    Replication first = requested();
    first.confirm("pontianak", "a");
    InnovationEnd another =
        new InnovationEnd("singkawang", UUID.randomUUID(), "Lain", "Kota Singkawang");
    Replication sameRegion = Replication.declare(pontianak, true, another, "a", false);
    sameRegion.confirm("pontianak", "a");
    InnovationEnd sumedang =
        new InnovationEnd("sumedang", UUID.randomUUID(), "S", "Kabupaten Sumedang");
    Replication requestedOnly = Replication.declare(pontianak, true, sumedang, "a", false);
    Replication ended = Replication.declare(pontianak, true, sumedang, "a", false);
    ended.confirm("pontianak", "a");
    ended.end("sumedang", "a");

    long count =
        Replication.regionsReplicating(
            List.of(first, sameRegion, requestedOnly, ended),
            "pontianak",
            pontianak.innovationId());

    assertThat(count).isEqualTo(1);
  }

  @Test
  void aRenameReachesTheSideItBelongsTo() {
    Replication link = requested();

    link.renamed("singkawang", singkawang.innovationId(), "Si Pelita Kota Amoi");

    assertThat(link.other("pontianak").name()).isEqualTo("Si Pelita Kota Amoi");
    assertThat(link.origin().name()).isEqualTo("Si Pelita");
  }
}
