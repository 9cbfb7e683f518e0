package id.klik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationTest {

  private static final Instant NOW = Instant.parse("2026-12-01T05:00:00Z");

  private static Invitation invitation() {
    return new Invitation(UUID.randomUUID(), "hash", NOW, Duration.ofDays(7), "admin");
  }

  @Test
  void anInvitationIsOpenForItsDaysThenExpired() {
    Invitation i = invitation();

    assertThat(i.state(NOW.plus(Duration.ofDays(7)).minusSeconds(1)))
        .isEqualTo(Invitation.State.OPEN);
    assertThat(i.state(NOW.plus(Duration.ofDays(7)))).isEqualTo(Invitation.State.EXPIRED);
  }

  @Test
  void aUsedInvitationStaysUsedAndCannotBeRevoked() {
    Invitation i = invitation();
    i.use(NOW);
    i.revoke(NOW);

    assertThat(i.state(NOW)).isEqualTo(Invitation.State.USED);
  }

  @Test
  void aRevokedInvitationOpensNothing() {
    Invitation i = invitation();
    i.revoke(NOW);

    assertThat(i.state(NOW)).isEqualTo(Invitation.State.REVOKED);
  }

  @Test
  void tokensAreRandomAndStoredOnlyAsTheirHash() {
    String a = InvitationToken.newSecret();
    String b = InvitationToken.newSecret();

    assertThat(a).isNotEqualTo(b).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
    assertThat(InvitationToken.hash(a))
        .hasSize(64)
        .isNotEqualTo(a)
        .isEqualTo(InvitationToken.hash(a));
  }
}
