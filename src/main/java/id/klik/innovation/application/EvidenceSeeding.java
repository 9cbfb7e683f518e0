package id.klik.innovation.application;

import id.klik.tenancy.application.TenantSeeding;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Seeds the demo evidence a manifest names ({@code seed.evidence}: a CSV beside tenant.yaml with
 * the columns {@code innovation,file,indicator,slot,title}; the files under the same folder). Runs
 * after the innovations are seeded; a file whose item exists already, or whose innovation the
 * portfolio does not hold, is skipped, so every reconcile may run it again.
 *
 * <p>{@code seed.evidence} is read from tenant.yaml here rather than carried by the tenancy
 * context's manifest: the vault is the only part that needs it, and tenancy stays unaware of it.
 * The manifest's JSON Schema still validates it.
 */
@ApplicationScoped
public class EvidenceSeeding {

  private static final Logger LOG = Logger.getLogger(EvidenceSeeding.class.getName());

  @Inject EvidenceService evidence;

  /**
   * After the innovations' seeding (APPLICATION + 980). Onboarding runs outside any request: a
   * request context is opened for the services' request-scoped collaborators (the writer is then
   * "system").
   */
  @ActivateRequestContext
  void seedEvidence(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 990) TenantSeeding seeding) {
    if (seeding.folder() == null) {
      return;
    }
    String csv = evidenceCsv(seeding.folder());
    if (csv == null) {
      return;
    }
    Path file = seeding.folder().resolve(csv).normalize();
    if (!file.startsWith(seeding.folder().normalize())) {
      throw new IllegalStateException("seed.evidence must stay in the tenant's folder: " + csv);
    }
    int added = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        Path content = file.getParent().resolve(row.get("file")).normalize();
        if (!content.startsWith(file.getParent())) {
          throw new IllegalStateException(csv + " line " + row.getRecordNumber() + ": outside");
        }
        String title = row.get("title");
        try (InputStream bytes = Files.newInputStream(content)) {
          EvidenceUpload upload =
              EvidenceUpload.of(
                  content.getFileName().toString(),
                  bytes,
                  row.get("indicator"),
                  row.get("slot"),
                  null,
                  title);
          if (evidence.seed(row.get("innovation"), title, upload)) {
            added++;
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + csv + ": " + e.getMessage(), e);
    }
    int count = added;
    LOG.info(() -> "seeded evidence from " + csv + ": " + count + " files added");
  }

  private static String evidenceCsv(Path folder) {
    Path manifest = folder.resolve("tenant.yaml");
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (doc instanceof Map<?, ?> top && top.get("seed") instanceof Map<?, ?> seed) {
        Object value = seed.get("evidence");
        return value instanceof String s && !s.isBlank() ? s : null;
      }
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + manifest + ": " + e.getMessage(), e);
    }
  }
}
