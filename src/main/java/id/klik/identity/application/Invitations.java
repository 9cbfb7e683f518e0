package id.klik.identity.application;

import id.klik.identity.domain.Invitation;
import id.klik.identity.domain.InvitationToken;
import id.klik.identity.domain.Membership;
import id.klik.identity.domain.PasswordRules;
import id.klik.identity.infrastructure.InvitationRepository;
import id.klik.identity.infrastructure.KeycloakAccounts;
import id.klik.identity.infrastructure.MembershipRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The invited person's side: what their link opens, and accepting it. Accepting sets their password
 * in Keycloak when they have none yet (someone already in another tenant keeps theirs and just
 * accepts), then marks the invitation used and the membership active in one transaction. Should
 * that transaction fail after the password was set, the link still works and accepting again simply
 * finishes.
 */
@ApplicationScoped
public class Invitations {

  /** What a link shows before it is accepted. */
  public record Opened(
      Invitation.State state, String name, String username, String email, boolean needsPassword) {}

  @Inject InvitationRepository invitations;
  @Inject MembershipRepository memberships;
  @Inject KeycloakAccounts accounts;
  @Inject AuditTrail audit;
  @Inject Transactions tx;

  /** The invitation the token opens; an unknown token reads as used up, telling nothing. */
  public Opened open(String token) {
    Opened found = tx.call(() -> read(token));
    if (found.state() != Invitation.State.OPEN) {
      return found;
    }
    Membership m = tx.call(() -> membershipOf(token));
    return new Opened(
        found.state(),
        found.name(),
        found.username(),
        found.email(),
        !accounts.hasPassword(m.userId()));
  }

  /** Accepts; the password (and its confirmation) only count when the person has none yet. */
  public void accept(String token, String password, String confirmation) {
    Opened opened = open(token);
    requireOpen(opened.state());
    Membership m = tx.call(() -> membershipOf(token));
    if (opened.needsPassword()) {
      List<FieldProblem> problems = PasswordRules.check(password, confirmation);
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      try {
        accounts.setPassword(m.userId(), password);
      } catch (KeycloakAccounts.PasswordRejectedException e) {
        throw ValidationException.of("password", "invitation.password.rejected");
      }
    }
    accounts.addMember(accounts.organizationOf(TenantContext.require().slug()), m.userId());
    tx.run(() -> markAccepted(token));
  }

  private Opened read(String token) {
    return invitations
        .findByTokenHash(InvitationToken.hash(token))
        .map(
            i -> {
              Membership m = memberships.find(i.membershipId()).orElseThrow();
              return new Opened(
                  i.state(Instant.now()), m.displayName(), m.username(), m.email(), false);
            })
        .orElse(new Opened(Invitation.State.USED, "", "", "", false));
  }

  private Membership membershipOf(String token) {
    Invitation i = invitations.findByTokenHash(InvitationToken.hash(token)).orElseThrow();
    return memberships.find(i.membershipId()).orElseThrow();
  }

  private void markAccepted(String token) {
    Invitation i =
        invitations
            .lockByTokenHash(InvitationToken.hash(token))
            .orElseThrow(() -> new ConflictException("invitation.used"));
    Instant now = Instant.now();
    requireOpen(i.state(now));
    Membership m = memberships.find(i.membershipId()).orElseThrow();
    i.use(now);
    m.activate();
    audit.record("ACCEPT_INVITATION", MemberWrites.ENTITY, m.id(), m.username());
  }

  private static void requireOpen(Invitation.State state) {
    switch (state) {
      case OPEN -> {}
      case EXPIRED -> throw new ConflictException("invitation.expired");
      default -> throw new ConflictException("invitation.used");
    }
  }
}
