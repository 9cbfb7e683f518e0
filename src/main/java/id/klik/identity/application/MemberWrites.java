package id.klik.identity.application;

import id.klik.identity.domain.Invitation;
import id.klik.identity.domain.InvitationToken;
import id.klik.identity.domain.MemberCsv;
import id.klik.identity.domain.MemberImportPlan;
import id.klik.identity.domain.MemberRules;
import id.klik.identity.domain.MemberStatus;
import id.klik.identity.domain.Membership;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.InvitationRepository;
import id.klik.identity.infrastructure.MembershipRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The database side of member administration, each method one transaction: the checks that read,
 * and the writes (membership, invitation, its mail and the audit line together). Keycloak is called
 * by {@link MemberAdministration} around these, never inside an open transaction.
 */
@ApplicationScoped
public class MemberWrites {

  static final String ENTITY = "membership";

  @Inject MembershipRepository memberships;
  @Inject InvitationRepository invitations;
  @Inject MemberWorkUnits workUnits;
  @Inject InvitationMail mail;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;
  @Inject KlikConfig config;

  /** A person's account in Keycloak, and the invitation link's secret made for them. */
  public record Invitee(InvitationRequest request, String userId, String username, String secret) {}

  /** Checks one invitation's details against the rules and the tenant's members. */
  @Transactional
  public InvitationRequest check(MemberInput input) {
    List<FieldProblem> problems = MemberRules.check(0, input.email(), input.name(), input.roles());
    if (input.workUnitId() != null && workUnits.activeName(input.workUnitId()).isEmpty()) {
      problems.add(FieldProblem.of("workUnitId", "member.workUnit.unknown", input.workUnitId()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    String email = MemberRules.normalEmail(input.email());
    if (memberships.findByEmail(email).isPresent()) {
      throw new ConflictException("member.email.taken", email);
    }
    return new InvitationRequest(
        0, email, input.name().trim(), MemberRules.roles(input.roles()), input.workUnitId());
  }

  /** Plans a CSV import; any problem throws, with every problem by line. */
  @Transactional
  public List<InvitationRequest> plan(MemberCsv.Parsed parsed) {
    if (!parsed.problems().isEmpty()) {
      throw new ValidationException(parsed.problems());
    }
    MemberImportPlan.Result plan =
        MemberImportPlan.plan(parsed.rows(), memberships.allEmails(), workUnits::activeByCode);
    if (!plan.ok()) {
      throw new ValidationException(plan.problems());
    }
    return plan.invites().stream()
        .map(i -> new InvitationRequest(i.line(), i.email(), i.name(), i.roles(), i.workUnitId()))
        .toList();
  }

  /** Writes pending memberships, their invitations and mails, all or none. */
  @Transactional
  public List<Membership> invite(List<Invitee> invitees, String action) {
    List<Membership> out = new ArrayList<>();
    for (Invitee i : invitees) {
      InvitationRequest r = i.request();
      Membership m =
          Membership.invited(
              i.username(), r.email(), r.name(), i.userId(), r.roles(), r.workUnitId());
      memberships.store(m);
      sendInvitation(m, i.secret());
      audit.record(action, ENTITY, m.id(), r.email() + " " + labels(r.roles()));
      out.add(m);
    }
    memberships.flush();
    return out;
  }

  /** A new invitation for a pending or ended membership; earlier links stop working. */
  @Transactional
  public Membership reinvite(UUID id, String secret) {
    Membership m = get(id);
    if (m.status() == MemberStatus.ACTIVE) {
      throw new ConflictException("member.reinvite.active", m.email());
    }
    revokeOpenInvitations(m);
    m.reinvite();
    sendInvitation(m, secret);
    audit.record("REINVITE", ENTITY, m.id(), m.email());
    return m;
  }

  @Transactional
  public Membership change(UUID id, MemberChange change) {
    Membership m = get(id);
    List<FieldProblem> problems = MemberRules.checkRoles(0, change.roles());
    if (change.workUnitId() != null
        && !change.workUnitId().equals(m.workUnitId())
        && workUnits.activeName(change.workUnitId()).isEmpty()) {
      problems.add(FieldProblem.of("workUnitId", "member.workUnit.unknown", change.workUnitId()));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Set<TenantRole> roles = MemberRules.roles(change.roles());
    MemberRules.requireAnAdminRemains(m, roles, memberships.lockActiveAdmins().size());
    m.replaceRoles(roles);
    m.assignWorkUnit(change.workUnitId());
    audit.record(
        "CHANGE_ROLES", ENTITY, m.id(), labels(roles) + " workUnit=" + change.workUnitId());
    return m;
  }

  /** Ends the membership (kept for history); answers it, ended already or just now. */
  @Transactional
  public Membership deactivate(UUID id) {
    Membership m = get(id);
    if (m.status() == MemberStatus.INACTIVE) {
      return m;
    }
    MemberRules.requireAnAdminRemains(m, null, memberships.lockActiveAdmins().size());
    revokeOpenInvitations(m);
    m.deactivate();
    audit.record("DEACTIVATE", ENTITY, m.id(), m.email());
    return m;
  }

  @Transactional
  public Membership get(UUID id) {
    return memberships.find(id).orElseThrow(() -> new NotFoundException("member", id));
  }

  private void sendInvitation(Membership m, String secret) {
    Instant now = Instant.now();
    Invitation invitation =
        new Invitation(
            m.id(),
            InvitationToken.hash(secret),
            now,
            Duration.ofDays(config.invitationDays()),
            actor());
    invitations.store(invitation);
    mail.queue(
        new InvitationMail.Letter(
            invitation.id().toString(),
            m.email(),
            m.displayName(),
            m.username(),
            inviter(),
            m.roles().stream().map(r -> "role." + r.name()).collect(Collectors.toSet()),
            link(secret),
            invitation.expiresAt().toInstant()));
  }

  private void revokeOpenInvitations(Membership m) {
    Instant now = Instant.now();
    invitations.unusedOf(m.id()).forEach(i -> i.revoke(now));
  }

  /** Who invites, as the mail names them: the admin, or KLIK itself during onboarding. */
  private String inviter() {
    try {
      return currentUser
          .user()
          .map(u -> u.name() == null || u.name().isBlank() ? u.username() : u.name())
          .orElse("KLIK");
    } catch (ContextNotActiveException onboarding) {
      return "KLIK";
    }
  }

  private String actor() {
    try {
      return currentUser.actor();
    } catch (ContextNotActiveException onboarding) {
      return "system";
    }
  }

  private String link(String secret) {
    return config.publicUrl().orElse("")
        + "/t/"
        + TenantContext.require().slug()
        + "/invitation?token="
        + secret;
  }

  static String labels(Set<TenantRole> roles) {
    return roles.stream().map(TenantRole::label).sorted().collect(Collectors.joining(","));
  }
}
