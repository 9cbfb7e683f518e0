package id.klik.identity.application;

import id.klik.identity.domain.InvitationToken;
import id.klik.identity.domain.MemberCsv;
import id.klik.identity.domain.MemberStatus;
import id.klik.identity.domain.Membership;
import id.klik.identity.domain.Permission;
import id.klik.identity.infrastructure.KeycloakAccounts;
import id.klik.identity.infrastructure.MembershipRepository;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A clinic admin's work on the tenant's members: invite (one, or many from a CSV), re-invite,
 * change roles and work unit, deactivate; and the members list for those who may see it.
 *
 * <p>Keycloak and the database cannot share a transaction, so every write runs in an order that
 * leaves nothing half done: the Keycloak account is found or created and put into the tenant's
 * organization first, then the membership, its invitation and its mail are written in one
 * transaction; when that fails, the account this call created is deleted again (or, for an account
 * that existed, its new organization membership removed). A membership therefore never exists
 * without its account, and no account is left behind without a membership.
 */
@ApplicationScoped
public class MemberAdministration {

  private static final Logger LOG = Logger.getLogger(MemberAdministration.class.getName());

  @Inject MemberWrites writes;
  @Inject MembershipRepository memberships;
  @Inject KeycloakAccounts accounts;
  @Inject Permissions permissions;

  @Transactional
  public Page<Membership> search(MembershipRepository.Filter filter, int page, int size) {
    permissions.require(Permission.MEMBERS_VIEW);
    return memberships.search(filter, Math.max(0, page), Page.size(size));
  }

  public Membership get(UUID id) {
    permissions.require(Permission.MEMBERS_VIEW);
    return writes.get(id);
  }

  public Membership invite(MemberInput input) {
    permissions.require(Permission.MEMBERS_ADMINISTER);
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return inviteAll(List.of(writes.check(input)), "INVITE").get(0);
  }

  /** Invites everyone a CSV names, all or nothing; problems come back by line. */
  public List<Membership> importCsv(String csv) {
    permissions.require(Permission.MEMBERS_ADMINISTER);
    return inviteAll(writes.plan(MemberCsv.parse(csv)), "IMPORT_INVITE");
  }

  /**
   * Without a permission check: onboarding's manifest members who have no account yet are invited
   * this way ({@link KeycloakTenantDirectory}).
   */
  Membership inviteChecked(InvitationRequest request) {
    return inviteAll(List.of(request), "INVITE").get(0);
  }

  public Membership reinvite(UUID id) {
    permissions.require(Permission.MEMBERS_ADMINISTER);
    Membership m = writes.get(id);
    if (m.status() == MemberStatus.ACTIVE) {
      throw new ConflictException("member.reinvite.active", m.email());
    }
    String org = organization();
    boolean wasInOrganization = accounts.isMember(org, m.userId());
    accounts.addMember(org, m.userId());
    try {
      return writes.reinvite(id, InvitationToken.newSecret());
    } catch (RuntimeException e) {
      if (!wasInOrganization) {
        undo(() -> accounts.removeMember(org, m.userId()), m.userId());
      }
      throw e;
    }
  }

  public Membership change(UUID id, MemberChange change) {
    permissions.require(Permission.MEMBERS_ADMINISTER);
    if (change == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return writes.change(id, change);
  }

  /**
   * Ends the membership, then takes the person out of the tenant's organization. The membership
   * decides access on every request, so they are refused from the commit on; should Keycloak fail
   * after it, deactivating again finishes the removal.
   */
  public Membership deactivate(UUID id) {
    permissions.require(Permission.MEMBERS_ADMINISTER);
    Membership m = writes.deactivate(id);
    if (m.userId() != null) {
      accounts.removeMember(organization(), m.userId());
    }
    return m;
  }

  private List<Membership> inviteAll(List<InvitationRequest> requests, String action) {
    String org = organization();
    List<Runnable> undo = new ArrayList<>();
    List<MemberWrites.Invitee> invitees = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    try {
      for (InvitationRequest r : requests) {
        KeycloakAccounts.Account account;
        var existing = accounts.findByEmail(r.email());
        if (existing.isPresent()) {
          account = existing.get();
          if (!accounts.isMember(org, account.id())) {
            accounts.addMember(org, account.id());
            undo.add(() -> accounts.removeMember(org, account.id()));
          }
        } else {
          try {
            account = accounts.create(r.username(), r.email(), r.name());
          } catch (KeycloakAccounts.AccountConflictException e) {
            problems.add(
                FieldProblem.atLine(r.line(), "email", "member.username.taken", r.email()));
            continue;
          }
          undo.add(() -> accounts.delete(account.id()));
          accounts.addMember(org, account.id());
        }
        invitees.add(
            new MemberWrites.Invitee(
                r, account.id(), account.username(), InvitationToken.newSecret()));
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      return writes.invite(invitees, action);
    } catch (RuntimeException e) {
      for (int i = undo.size() - 1; i >= 0; i--) {
        undo(undo.get(i), "invitation " + i);
      }
      if (isUniqueViolation(e)) {
        // another admin invited the same address a moment earlier
        throw new ConflictException("member.email.taken", requests.get(0).email());
      }
      throw e;
    }
  }

  private static void undo(Runnable step, String what) {
    try {
      step.run();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "could not undo Keycloak change for " + what, e);
    }
  }

  private String organization() {
    return accounts.organizationOf(TenantContext.require().slug());
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
