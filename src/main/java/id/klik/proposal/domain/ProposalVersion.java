package id.klik.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One save of a proposal: who, when, which sections it changed, and whether AI text came in. */
@Entity
@Table(name = "proposal_version")
@IdClass(ProposalVersion.Key.class)
public class ProposalVersion {

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    UUID proposalId;
    int number;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.proposalId.equals(proposalId) && k.number == number;
    }

    @Override
    public int hashCode() {
      return proposalId.hashCode() * 31 + number;
    }
  }

  @Id
  @Column(name = "proposal_id")
  private UUID proposalId;

  @Id private int number;

  @Column(name = "saved_at")
  private OffsetDateTime savedAt;

  @Column(name = "saved_by")
  private String savedBy;

  @Column(name = "changed_sections")
  private String changedSections;

  @Column(name = "ai_assisted")
  private boolean aiAssisted;

  protected ProposalVersion() {}

  public ProposalVersion(
      UUID proposalId, int number, String by, List<String> changedSections, boolean aiAssisted) {
    this.proposalId = proposalId;
    this.number = number;
    this.savedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.savedBy = by;
    this.changedSections = String.join(",", changedSections);
    this.aiAssisted = aiAssisted;
  }

  public UUID proposalId() {
    return proposalId;
  }

  public int number() {
    return number;
  }

  public OffsetDateTime savedAt() {
    return savedAt;
  }

  public String savedBy() {
    return savedBy;
  }

  public List<String> changedSections() {
    return changedSections.isEmpty() ? List.of() : Arrays.asList(changedSections.split(","));
  }

  public boolean aiAssisted() {
    return aiAssisted;
  }
}
