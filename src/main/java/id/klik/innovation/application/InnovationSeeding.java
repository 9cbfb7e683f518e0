package id.klik.innovation.application;

import id.klik.shared.domain.Messages;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantSeeding;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Seeds the innovations a manifest names ({@code seed.innovations}: a spreadsheet in the import's
 * columns, e.g. a demo portfolio or a region's existing one) through the import's rules. Runs after
 * the work units and teams are seeded; an innovation whose work unit has one of that name already
 * is skipped, so every reconcile may run it again. A file with problems stops the onboarding with
 * every problem named, and the next reconcile tries again.
 */
@ApplicationScoped
public class InnovationSeeding {

  private static final Logger LOG = Logger.getLogger(InnovationSeeding.class.getName());

  @Inject InnovationImport imports;

  /** After the teams' (APPLICATION + 900) and mentors' seeding. */
  void seedInnovations(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 980) TenantSeeding seeding) {
    var file = seeding.manifest().innovationsCsv();
    if (file.isEmpty() || seeding.folder() == null) {
      return;
    }
    try (InputStream in = Files.newInputStream(seeding.folder().resolve(file.get()))) {
      ImportReport report = imports.seed(in);
      LOG.info(
          () ->
              "seeded innovations from "
                  + file.get()
                  + ": "
                  + report.created()
                  + " created, "
                  + report.skipped()
                  + " already there");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file.get() + ": " + e.getMessage(), e);
    } catch (ValidationException e) {
      throw new IllegalStateException(
          file.get()
              + ": "
              + e.problems().stream()
                  .map(
                      p ->
                          "line "
                              + p.line()
                              + ", "
                              + p.field()
                              + ": "
                              + Messages.get(Locale.ENGLISH, p.messageKey(), p.args().toArray()))
                  .collect(Collectors.joining("; ")),
          e);
    }
  }
}
