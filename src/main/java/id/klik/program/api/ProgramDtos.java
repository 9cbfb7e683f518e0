package id.klik.program.api;

import id.klik.program.application.ProgramSummary;
import id.klik.program.application.ProgramView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** The programs API's bodies. Times are ISO-8601 with the tenant's offset. */
public final class ProgramDtos {

  private ProgramDtos() {}

  /** POST /programs: a blueprint {@code <templateId>@<version>}, a title and the first day. */
  public record CreateProgramDto(String blueprint, String title, LocalDate start) {}

  /** PUT /programs/{id}: title, description, registration window and state; null keeps. */
  public record UpdateProgramDto(
      String title,
      String description,
      LocalDate registrationOpens,
      LocalDate registrationCloses,
      String state) {}

  /** POST /programs/{id}/enrolments. */
  public record EnrolmentDto(UUID teamId) {}

  /** PUT …/sessions/{sessionId}: local times of the tenant ({@code 2026-12-03T09:00}). */
  public record SessionInputDto(
      String title,
      LocalDateTime start,
      LocalDateTime end,
      String location,
      String onlineLink,
      String facilitators) {}

  /** PUT …/sessions/{sessionId}/attendance. */
  public record AttendanceDto(List<MarkDto> marks) {}

  public record MarkDto(UUID membershipId, boolean present) {}

  public record SummaryDto(
      UUID id,
      String title,
      String blueprint,
      String state,
      OffsetDateTime firstSession,
      OffsetDateTime lastSession,
      int teams,
      boolean demo) {
    static SummaryDto of(ProgramSummary s) {
      return new SummaryDto(
          s.id(),
          s.title(),
          s.blueprint(),
          s.state(),
          offset(s.firstSession()),
          offset(s.lastSession()),
          s.teams(),
          s.demo());
    }
  }

  public record SessionDto(
      UUID id,
      int position,
      String activityId,
      String kind,
      String title,
      OffsetDateTime start,
      OffsetDateTime end,
      String location,
      String onlineLink,
      String facilitators,
      long sequence,
      boolean cancelled) {}

  public record PersonDto(UUID membershipId, String username, String name, List<UUID> presentAt) {}

  public record TeamDto(
      UUID teamId,
      String name,
      String via,
      List<PersonDto> people,
      int attended,
      int required,
      String completion) {}

  public record MaterialDto(
      UUID id, UUID sessionId, String title, String filename, String contentType, long size) {}

  public record ProgramDto(
      UUID id,
      String title,
      String blueprint,
      String format,
      String state,
      List<String> nextStates,
      LocalDate registrationOpens,
      LocalDate registrationCloses,
      String description,
      boolean demo,
      long version,
      List<SessionDto> sessions,
      List<TeamDto> teams,
      List<MaterialDto> materials) {

    static ProgramDto of(ProgramView v) {
      return new ProgramDto(
          v.id(),
          v.title(),
          v.blueprint(),
          v.format(),
          v.state(),
          v.nextStates(),
          v.registrationOpens(),
          v.registrationCloses(),
          v.description(),
          v.demo(),
          v.version(),
          v.sessions().stream()
              .map(
                  s ->
                      new SessionDto(
                          s.id(),
                          s.position(),
                          s.activityId(),
                          s.kind(),
                          s.title(),
                          offset(s.start()),
                          offset(s.end()),
                          s.location(),
                          s.onlineLink(),
                          s.facilitators(),
                          s.sequence(),
                          s.cancelled()))
              .toList(),
          v.teams().stream()
              .map(
                  t ->
                      new TeamDto(
                          t.teamId(),
                          t.name(),
                          t.via(),
                          t.people().stream()
                              .map(
                                  p ->
                                      new PersonDto(
                                          p.membershipId(), p.username(), p.name(), p.presentAt()))
                              .toList(),
                          t.attended(),
                          t.required(),
                          t.completion().name()))
              .toList(),
          v.materials().stream()
              .map(
                  m ->
                      new MaterialDto(
                          m.id(),
                          m.sessionId(),
                          m.title(),
                          m.filename(),
                          m.contentType(),
                          m.size()))
              .toList());
    }
  }

  static OffsetDateTime offset(ZonedDateTime z) {
    return z == null ? null : z.toOffsetDateTime();
  }
}
