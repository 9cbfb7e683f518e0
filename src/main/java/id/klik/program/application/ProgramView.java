package id.klik.program.application;

import id.klik.program.domain.CompletionRule;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** A program with its sessions, enrolled teams (with completion) and materials. */
public record ProgramView(
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
    List<Session> sessions,
    List<Team> teams,
    List<MaterialInfo> materials) {

  /** A session or window; times in the tenant's zone. */
  public record Session(
      UUID id,
      int position,
      String activityId,
      String kind,
      String title,
      ZonedDateTime start,
      ZonedDateTime end,
      String location,
      String onlineLink,
      String facilitators,
      long sequence,
      boolean cancelled,
      boolean held) {}

  /** An enrolled team, its people and how far it is with the program's completion rule. */
  public record Team(
      UUID teamId,
      String name,
      String via,
      List<Person> people,
      int attended,
      int required,
      CompletionRule.Status completion) {}

  /** A person of an enrolled team, with the sessions they were marked present at. */
  public record Person(UUID membershipId, String username, String name, List<UUID> presentAt) {}

  public record MaterialInfo(
      UUID id, UUID sessionId, String title, String filename, String contentType, long size) {}

  public List<Session> meetings() {
    return sessions.stream().filter(s -> s.kind().equals("SESSION")).toList();
  }
}
