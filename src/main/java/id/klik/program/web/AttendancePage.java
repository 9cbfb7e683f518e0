package id.klik.program.web;

import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.program.application.ProgramEnrolments;
import id.klik.program.application.ProgramService;
import id.klik.program.application.ProgramView;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The attendance sheet of one session ({@code /t/<slug>/attendance?program=&session=}), made for a
 * phone in the room: one big checkbox per person, grouped by team, one save button that stays in
 * reach at the bottom.
 */
@Named
@ViewScoped
@TenantBound
public class AttendancePage implements Serializable {

  @Inject ProgramService programs;
  @Inject ProgramEnrolments enrolments;
  @Inject Permissions permissions;

  /** A person's line: whether they are marked present. */
  public static final class Line implements Serializable {
    private final UUID membershipId;
    private final String name;
    private boolean present;

    Line(UUID membershipId, String name, boolean present) {
      this.membershipId = membershipId;
      this.name = name;
      this.present = present;
    }

    public UUID getMembershipId() {
      return membershipId;
    }

    public String getName() {
      return name;
    }

    public boolean isPresent() {
      return present;
    }

    public void setPresent(boolean present) {
      this.present = present;
    }
  }

  /** A team's block of the sheet. */
  public record Block(String team, List<Line> lines) implements Serializable {}

  private UUID programId;
  private UUID sessionId;
  private String programTitle;
  private String sessionTitle;
  private String when;
  private List<Block> blocks = List.of();

  @PostConstruct
  void open() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      if (!permissions.may(Permission.PROGRAMS_WRITE)) {
        ProgramPage.answer(403);
        return;
      }
      programId = UUID.fromString(params.getOrDefault("program", ""));
      sessionId = UUID.fromString(params.getOrDefault("session", ""));
      show(programs.get(programId));
    } catch (IllegalArgumentException | NotFoundException e) {
      ProgramPage.answer(404);
    }
  }

  private void show(ProgramView program) {
    ProgramView.Session session =
        program.sessions().stream()
            .filter(s -> s.id().equals(sessionId) && s.kind().equals("SESSION"))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("program-session", sessionId));
    programTitle = program.title();
    sessionTitle = session.title();
    when = session.start().format(ProgramPage.WHEN.withLocale(RequestInfo.locale()));
    List<Block> out = new ArrayList<>();
    for (ProgramView.Team t : program.teams()) {
      out.add(
          new Block(
              t.name(),
              t.people().stream()
                  .map(p -> new Line(p.membershipId(), p.name(), p.presentAt().contains(sessionId)))
                  .toList()));
    }
    blocks = out;
  }

  public void save() {
    List<ProgramEnrolments.Mark> marks = new ArrayList<>();
    blocks.forEach(
        b ->
            b.lines()
                .forEach(l -> marks.add(new ProgramEnrolments.Mark(l.membershipId, l.present))));
    try {
      show(enrolments.attendance(programId, sessionId, marks));
      Notices.info("program.attendance.saved");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public String getProgramId() {
    return programId == null ? "" : programId.toString();
  }

  public String getProgramTitle() {
    return programTitle;
  }

  public String getSessionTitle() {
    return sessionTitle;
  }

  public String getWhen() {
    return when;
  }

  public List<Block> getBlocks() {
    return blocks;
  }
}
