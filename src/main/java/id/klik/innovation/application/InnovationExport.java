package id.klik.innovation.application;

import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.domain.ExportRow;
import id.klik.innovation.domain.InnovationColumns;
import id.klik.innovation.domain.InnovationFilter;
import id.klik.innovation.domain.SpreadsheetCells;
import id.klik.innovation.infrastructure.InnovationSearchRepository;
import id.klik.innovation.infrastructure.SheetWriter;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The filtered portfolio as a spreadsheet in the import's columns ({@link InnovationColumns}):
 * streamed from the database to the caller a batch at a time, work units by code and teams by name,
 * every text cell that would start a formula neutralized. Every member may export what they may
 * read.
 */
@ApplicationScoped
public class InnovationExport {

  /** The formats the export writes. */
  public enum Format {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public final String contentType;
    public final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  @Inject InnovationSearchRepository repository;
  @Inject WorkUnitDirectory workUnits;
  @Inject TeamDirectory teams;
  @Inject Permissions permissions;

  /** Fails with 403 before a byte is written when the caller may not read the portfolio. */
  public void requireReader() {
    permissions.require(Permission.VIEW);
  }

  @Transactional
  public void write(InnovationFilter filter, Format format, OutputStream out) throws IOException {
    requireReader();
    Map<UUID, String> unitCodes = new HashMap<>();
    Map<UUID, String> teamNames = new HashMap<>();
    teams.all().forEach(t -> teamNames.put(t.id(), t.name()));
    try (SheetWriter sheet =
        format == Format.CSV ? SheetWriter.csv(out) : SheetWriter.xlsx(out, "Inovasi")) {
      sheet.row(InnovationColumns.ALL);
      repository.export(
          filter,
          r -> {
            String unit =
                unitCodes.computeIfAbsent(
                    r.workUnitId(),
                    id -> workUnits.find(id).map(WorkUnitDirectory.Unit::code).orElse(""));
            try {
              sheet.row(cells(r, unit, r.teamId() == null ? null : teamNames.get(r.teamId())));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  static List<Object> cells(ExportRow r, String unitCode, String teamName) {
    List<Object> cells =
        new ArrayList<>(
            Arrays.asList(
                r.id().toString(),
                text(r.name()),
                text(unitCode),
                text(teamName),
                r.stage(),
                r.kind(),
                r.form(),
                r.initiator(),
                r.primaryAffair(),
                r.otherAffairs(),
                r.trialDate(),
                r.applicationDate(),
                r.budgetAmount(),
                text(r.goals()),
                text(r.benefits()),
                text(r.results()),
                text(r.designNarrative()),
                text(r.keyChanges()),
                text(r.beneficiaries()),
                text(r.videoUrl()),
                r.status(),
                r.shared(),
                r.narrativeWords()));
    return cells;
  }

  private static String text(String value) {
    return SpreadsheetCells.neutralize(value);
  }
}
