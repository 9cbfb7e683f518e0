package id.klik.program.application;

import id.klik.tenancy.application.TenantSeeding;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Seeds the programs a manifest names ({@code seed.programs}: a YAML list in the tenant's folder,
 * e.g. Pontianak's demo academy cohort). Runs after the teams and innovations; a program whose
 * title exists already is left as the clinic keeps it, so every reconcile may run it again.
 *
 * <p>{@code seed.programs} is read from tenant.yaml here, as {@code seed.evidence} is: tenancy
 * stays unaware of programs; the manifest's JSON Schema still validates it.
 */
@ApplicationScoped
public class ProgramSeeding {

  private static final Logger LOG = Logger.getLogger(ProgramSeeding.class.getName());

  @Inject ProgramDemo demo;

  /** A program to seed, as the YAML file writes it. */
  public record Spec(
      String blueprint,
      String title,
      int startDaysAgo,
      String state,
      String location,
      String facilitators,
      List<String> teams) {}

  @ActivateRequestContext
  void seedPrograms(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 995) TenantSeeding seeding) {
    if (seeding.folder() == null) {
      return;
    }
    String file = programsFile(seeding.folder());
    if (file == null) {
      return;
    }
    Path path = seeding.folder().resolve(file).normalize();
    if (!path.startsWith(seeding.folder().normalize())) {
      throw new IllegalStateException("seed.programs must stay in the tenant's folder: " + file);
    }
    int added = 0;
    for (Spec spec : read(path)) {
      if (demo.seed(spec)) {
        added++;
      }
    }
    int count = added;
    LOG.info(() -> "seeded programs from " + file + ": " + count + " added");
  }

  static List<Spec> read(Path path) {
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (!(doc instanceof List<?> items)) {
        throw new IllegalStateException(path.getFileName() + ": a list of programs expected");
      }
      return items.stream().map(ProgramSeeding::spec).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static Spec spec(Object item) {
    if (!(item instanceof Map<?, ?> m)) {
      throw new IllegalStateException("a program is a map: " + item);
    }
    Object teams = m.get("teams");
    return new Spec(
        string(m, "blueprint"),
        string(m, "title"),
        m.get("startDaysAgo") instanceof Number n ? n.intValue() : 0,
        string(m, "state"),
        string(m, "location"),
        string(m, "facilitators"),
        teams instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of());
  }

  private static String string(Map<?, ?> m, String key) {
    Object v = m.get(key);
    return v == null ? null : String.valueOf(v);
  }

  private static String programsFile(Path folder) {
    Path manifest = folder.resolve("tenant.yaml");
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (doc instanceof Map<?, ?> top && top.get("seed") instanceof Map<?, ?> seed) {
        Object value = seed.get("programs");
        return value instanceof String s && !s.isBlank() ? s : null;
      }
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + manifest + ": " + e.getMessage(), e);
    }
  }
}
