package id.klik.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A mentor at national level (e.g. a widyaiswara of a national training centre), registered once
 * for the whole platform; regions then accept them. Lives in the {@code platform} schema.
 */
@Entity
@Table(schema = "platform", name = "national_mentor")
public class NationalMentor {

  @Id private String username;

  @Column(name = "user_id")
  private String userId;

  private String email;
  private String name;
  private String institution;

  /** One field of expertise per line. */
  private String expertise;

  @Column(name = "registered_at")
  private OffsetDateTime registeredAt;

  @Column(name = "registered_by")
  private String registeredBy;

  protected NationalMentor() {}

  public NationalMentor(MentorProfile profile, String userId, String registeredBy) {
    this.username = profile.username();
    this.userId = userId;
    this.email = profile.email();
    this.name = profile.name();
    this.institution = profile.institution();
    this.expertise = String.join("\n", profile.expertise());
    this.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.registeredBy = registeredBy;
  }

  public String username() {
    return username;
  }

  public String userId() {
    return userId;
  }

  public String email() {
    return email;
  }

  public String name() {
    return name;
  }

  public String institution() {
    return institution;
  }

  public List<String> expertise() {
    return expertise == null || expertise.isEmpty()
        ? List.of()
        : Arrays.asList(expertise.split("\n"));
  }

  public OffsetDateTime registeredAt() {
    return registeredAt;
  }
}
