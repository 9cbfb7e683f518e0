package id.klik.people.domain;

import id.klik.shared.domain.ValidationException;
import id.klik.shared.infrastructure.NullableUuidConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An innovator team: people of one work unit (or gathered for it) who carry an innovation, led by
 * one of them. A person may be in several teams. Innovations, consultations and proposals attach to
 * teams, so a team is changed, never deleted. Its name is unique within its work unit.
 */
@Entity
@Table(name = "team")
public class Team {

  @Id private UUID id;
  private String name;

  @Column(name = "work_unit_id")
  private UUID workUnitId;

  @Column(name = "leader_membership_id")
  private UUID leaderId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
  @Column(name = "membership_id")
  @Convert(converter = NullableUuidConverter.class)
  private Set<UUID> memberIds = new LinkedHashSet<>();

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Team() {}

  /** A new team; fails with every broken rule of {@link TeamRules}. */
  public Team(String name, UUID workUnitId, List<TeamSeat> seats) {
    this.id = UUID.randomUUID();
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    change(name, workUnitId, seats);
  }

  /** Renames, moves to another work unit and sets the members, all together or not at all. */
  public void change(String newName, UUID newWorkUnitId, List<TeamSeat> seats) {
    var problems = TeamRules.check(newName, newWorkUnitId, seats);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    this.name = newName.trim();
    this.workUnitId = newWorkUnitId;
    Set<UUID> ids = new LinkedHashSet<>();
    seats.forEach(s -> ids.add(s.memberId()));
    this.memberIds.retainAll(ids);
    this.memberIds.addAll(ids);
    this.leaderId = seats.stream().filter(TeamSeat::leader).findFirst().orElseThrow().memberId();
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public UUID workUnitId() {
    return workUnitId;
  }

  public UUID leaderId() {
    return leaderId;
  }

  /** Every member, the leader among them. */
  public Set<UUID> memberIds() {
    return Set.copyOf(memberIds);
  }

  public boolean hasMember(UUID membershipId) {
    return memberIds.contains(membershipId);
  }

  public long version() {
    return version;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
