package id.klik.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * A section's content as one version left it. A version stores only the sections it changed: the
 * content of a section at version n is its revision with the highest number not above n.
 */
@Entity
@Table(name = "proposal_section_revision")
@IdClass(SectionRevision.Key.class)
public class SectionRevision {

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    UUID proposalId;
    String sectionId;
    int number;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.proposalId.equals(proposalId)
          && k.sectionId.equals(sectionId)
          && k.number == number;
    }

    @Override
    public int hashCode() {
      return (proposalId.hashCode() * 31 + sectionId.hashCode()) * 31 + number;
    }
  }

  @Id
  @Column(name = "proposal_id")
  private UUID proposalId;

  @Id
  @Column(name = "section_id")
  private String sectionId;

  @Id private int number;

  private String body;

  @Column(name = "fields_json")
  private String fieldsJson;

  @Column(name = "ai_assisted")
  private boolean aiAssisted;

  protected SectionRevision() {}

  public SectionRevision(
      UUID proposalId,
      String sectionId,
      int number,
      String body,
      String fieldsJson,
      boolean aiAssisted) {
    this.proposalId = proposalId;
    this.sectionId = sectionId;
    this.number = number;
    this.body = body;
    this.fieldsJson = fieldsJson;
    this.aiAssisted = aiAssisted;
  }

  public String sectionId() {
    return sectionId;
  }

  public int number() {
    return number;
  }

  public String body() {
    return body;
  }

  public String fieldsJson() {
    return fieldsJson;
  }

  public boolean aiAssisted() {
    return aiAssisted;
  }
}
