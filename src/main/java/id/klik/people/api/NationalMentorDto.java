package id.klik.people.api;

import id.klik.people.domain.NationalMentor;
import java.time.OffsetDateTime;
import java.util.List;

/** A national mentor as the platform sees them (with their e-mail). */
public record NationalMentorDto(
    String username,
    String email,
    String name,
    String institution,
    List<String> expertise,
    OffsetDateTime registeredAt) {

  static NationalMentorDto of(NationalMentor m) {
    return new NationalMentorDto(
        m.username(), m.email(), m.name(), m.institution(), m.expertise(), m.registeredAt());
  }
}
