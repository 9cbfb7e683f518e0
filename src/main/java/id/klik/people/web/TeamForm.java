package id.klik.people.web;

import id.klik.people.application.TeamInput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The create/edit dialog's fields. Ids travel as text: a multiple selection of UUIDs has no
 * converter in Faces.
 */
public class TeamForm implements Serializable {

  private UUID id;
  private Long version;
  private String name;
  private String workUnitId;
  private String leaderId;
  private List<String> memberIds = new ArrayList<>();

  static TeamForm of(TeamRow row) {
    TeamForm f = new TeamForm();
    f.id = row.id();
    f.version = row.version();
    f.name = row.name();
    f.workUnitId = row.workUnitId().toString();
    f.leaderId = row.leaderId().toString();
    row.memberIds().stream()
        .filter(m -> !m.equals(row.leaderId()))
        .forEach(m -> f.memberIds.add(m.toString()));
    return f;
  }

  /** The leader first, then the other members chosen (the leader not twice). */
  TeamInput input() {
    List<TeamInput.Seat> seats = new ArrayList<>();
    UUID leader = uuid(leaderId);
    if (leader != null) {
      seats.add(new TeamInput.Seat(leader, true));
    }
    memberIds.stream()
        .map(TeamForm::uuid)
        .filter(m -> m != null && !m.equals(leader))
        .distinct()
        .forEach(m -> seats.add(new TeamInput.Seat(m, false)));
    return new TeamInput(name, uuid(workUnitId), seats);
  }

  private static UUID uuid(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public boolean isNew() {
    return id == null;
  }

  public UUID getId() {
    return id;
  }

  public Long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getWorkUnitId() {
    return workUnitId;
  }

  public void setWorkUnitId(String workUnitId) {
    this.workUnitId = workUnitId;
  }

  public String getLeaderId() {
    return leaderId;
  }

  public void setLeaderId(String leaderId) {
    this.leaderId = leaderId;
  }

  public List<String> getMemberIds() {
    return memberIds;
  }

  public void setMemberIds(List<String> memberIds) {
    this.memberIds = memberIds == null ? new ArrayList<>() : new ArrayList<>(memberIds);
  }
}
