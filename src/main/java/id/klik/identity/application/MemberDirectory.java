package id.klik.identity.application;

import id.klik.identity.domain.Membership;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.MembershipLookups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The current tenant's members as other contexts see them: who a membership id is, and whether it
 * is active. Reading only; changing memberships is {@link MembershipService}'s.
 */
@ApplicationScoped
public class MemberDirectory {

  /** A member: their membership id, login name, name to show and whether they are active. */
  public record Member(UUID id, String username, String name, boolean active) {

    static Member of(Membership m) {
      String name =
          m.displayName() == null || m.displayName().isBlank() ? m.username() : m.displayName();
      return new Member(m.id(), m.username(), name, m.active());
    }
  }

  @Inject MembershipLookups lookups;

  @Transactional
  public Optional<Member> find(UUID id) {
    return lookups.find(id).map(Member::of);
  }

  /** The members among these ids that exist, by id. */
  @Transactional
  public Map<UUID, Member> byIds(Collection<UUID> ids) {
    return lookups.byIds(ids).stream()
        .map(Member::of)
        .collect(Collectors.toMap(Member::id, Function.identity()));
  }

  /** The members among these login names that exist, by login name. */
  @Transactional
  public Map<String, Member> byUsernames(Collection<String> usernames) {
    return lookups.byUsernames(usernames).stream()
        .map(Member::of)
        .collect(Collectors.toMap(Member::username, Function.identity()));
  }

  @Transactional
  public Optional<Member> byUsername(String username) {
    return Optional.ofNullable(byUsernames(List.of(username)).get(username));
  }

  /** The active members, by name. */
  @Transactional
  public List<Member> active() {
    return lookups.all().stream().filter(Membership::active).map(Member::of).toList();
  }

  /** Where to reach a member by mail. */
  public record Contact(String username, String name, String email) {}

  /**
   * The active clinic admins with an e-mail address: whom a notice about the clinic as a whole
   * (e.g. another region's replication request) goes to.
   */
  @Transactional
  public List<Contact> clinicAdmins() {
    return lookups.all().stream()
        .filter(Membership::active)
        .filter(m -> m.roles().contains(TenantRole.CLINIC_ADMIN))
        .filter(m -> m.email() != null && !m.email().isBlank())
        .map(m -> new Contact(m.username(), Member.of(m).name(), m.email()))
        .toList();
  }

  /** The active members among these usernames that have an e-mail address. */
  @Transactional
  public List<Contact> contacts(Collection<String> usernames) {
    return lookups.all().stream()
        .filter(Membership::active)
        .filter(m -> usernames.contains(m.username()))
        .filter(m -> m.email() != null && !m.email().isBlank())
        .map(m -> new Contact(m.username(), Member.of(m).name(), m.email()))
        .toList();
  }
}
