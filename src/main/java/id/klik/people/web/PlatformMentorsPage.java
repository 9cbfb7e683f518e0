package id.klik.people.web;

import id.klik.people.application.NationalMentorRegistry;
import id.klik.people.domain.MentorProfile;
import id.klik.people.domain.NationalMentor;
import id.klik.shared.domain.KlikException;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.PlatformCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Wires {@code /platform/mentors.xhtml} (register and list national mentors) to the registry. */
@Named
@ViewScoped
public class PlatformMentorsPage implements Serializable {

  @Inject NationalMentorRegistry registry;
  @Inject PlatformCaller caller;

  private transient List<NationalMentor> mentors;
  private String username;
  private String email;
  private String name;
  private String institution;
  private String expertise;

  @PostConstruct
  void guard() {
    caller.requirePlatformAdmin();
  }

  public List<NationalMentor> getMentors() {
    if (mentors == null) {
      mentors = registry.all();
    }
    return mentors;
  }

  public void register() {
    try {
      List<String> fields =
          expertise == null || expertise.isBlank()
              ? List.of()
              : Arrays.stream(expertise.split(",")).map(String::strip).toList();
      NationalMentor m =
          registry.register(
              MentorProfile.of(username, email, name, institution, fields), caller.actor());
      Notices.info("mentor.registered", m.name());
      username = null;
      email = null;
      name = null;
      institution = null;
      expertise = null;
      mentors = null;
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  /** Fields of expertise as one line. */
  public String join(List<String> items) {
    return String.join(", ", items);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getExpertise() {
    return expertise;
  }

  public void setExpertise(String expertise) {
    this.expertise = expertise;
  }
}
