package id.klik.people.domain;

import id.klik.identity.domain.Permission;
import id.klik.identity.domain.TenantRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant accepted a national mentor: they pass its requests as a guest with the role
 * MENTOR (reading the clinic like a local mentor) and mentor its teams, every team for the whole
 * clinic or the teams named. Revoking deletes the acceptance; the next request is refused.
 */
@Entity
@Table(name = "mentor_acceptance")
public class MentorAcceptance {

  /** The role an accepted national mentor holds in the tenant. */
  public static final Set<TenantRole> ROLES = EnumSet.of(TenantRole.MENTOR);

  /** What an acceptance grants on a team it covers, beyond the role. */
  static final Set<Permission> ON_TEAM = EnumSet.of(Permission.VIEW, Permission.TEAM_MENTOR);

  @Id private String username;

  @Column(name = "user_id")
  private String userId;

  @Column(name = "whole_clinic")
  private boolean wholeClinic;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mentor_acceptance_team", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "team_id")
  private Set<UUID> teams = new HashSet<>();

  @Column(name = "accepted_at")
  private OffsetDateTime acceptedAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Version private long version;

  protected MentorAcceptance() {}

  public MentorAcceptance(String username, String userId, MentorScope scope, String acceptedBy) {
    this.username = username;
    this.userId = userId;
    change(scope, acceptedBy);
  }

  /** Accepting again replaces the scope (e.g. from two teams to the whole clinic). */
  public void change(MentorScope scope, String by) {
    this.wholeClinic = scope.isWholeClinic();
    this.teams = new HashSet<>(scope.teams());
    this.acceptedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.acceptedBy = by;
  }

  /** Whether the mentor accompanies this team. */
  public boolean covers(UUID team) {
    return wholeClinic || teams.contains(team);
  }

  /** Whether the acceptance grants the permission on the team. */
  public boolean grants(Permission permission, UUID team) {
    return ON_TEAM.contains(permission) && covers(team);
  }

  public MentorScope scope() {
    return wholeClinic ? MentorScope.wholeClinic() : new MentorScope(teams);
  }

  public String username() {
    return username;
  }

  public String userId() {
    return userId;
  }

  public OffsetDateTime acceptedAt() {
    return acceptedAt;
  }

  public String acceptedBy() {
    return acceptedBy;
  }
}
