package id.klik.innovation.domain.replication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * An entry of the directory of shared innovations: exactly what another region may see of an
 * innovation its region shares (name, region, primary affair, stage, summary), nothing else.
 */
@Entity
@Table(schema = "platform", name = "shared_innovation")
@IdClass(SharedInnovation.Key.class)
public class SharedInnovation {

  /** Longest summary the directory shows. */
  public static final int SUMMARY_LENGTH = 600;

  @Id
  @Column(name = "tenant_slug")
  private String tenant;

  @Id
  @Column(name = "innovation_id")
  private UUID innovationId;

  private String name;
  private String region;

  @Column(name = "primary_affair")
  private String primaryAffair;

  private String stage;
  private String summary;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected SharedInnovation() {}

  public SharedInnovation(String tenant, UUID innovationId) {
    this.tenant = tenant;
    this.innovationId = innovationId;
  }

  /** Takes the innovation's current values; the summary is cut to the directory's length. */
  public void show(String newName, String newRegion, String affair, String newStage, String text) {
    this.name = newName;
    this.region = newRegion;
    this.primaryAffair = affair;
    this.stage = newStage;
    this.summary = summaryOf(text);
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** A summary of at most {@link #SUMMARY_LENGTH} characters, cut at a word with an ellipsis. */
  public static String summaryOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip().replaceAll("\\s+", " ");
    if (plain.length() <= SUMMARY_LENGTH) {
      return plain;
    }
    String cut = plain.substring(0, SUMMARY_LENGTH - 1);
    int space = cut.lastIndexOf(' ');
    return (space > SUMMARY_LENGTH / 2 ? cut.substring(0, space) : cut) + "…";
  }

  public String tenant() {
    return tenant;
  }

  public UUID innovationId() {
    return innovationId;
  }

  public String name() {
    return name;
  }

  public String region() {
    return region;
  }

  public String primaryAffair() {
    return primaryAffair;
  }

  public String stage() {
    return stage;
  }

  public String summary() {
    return summary;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String tenant;
    private UUID innovationId;

    public Key() {}

    public Key(String tenant, UUID innovationId) {
      this.tenant = tenant;
      this.innovationId = innovationId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && tenant.equals(k.tenant) && innovationId.equals(k.innovationId);
    }

    @Override
    public int hashCode() {
      return tenant.hashCode() * 31 + innovationId.hashCode();
    }
  }
}
