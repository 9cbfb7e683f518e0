package id.klik.index.application;

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
import java.util.Map;
import java.util.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Seeds the demo index cycle a manifest names ({@code seed.index}: a YAML beside tenant.yaml with
 * the year, the model, the region's levels and the innovations by name with their levels and
 * evidence titles). Runs after the innovations and their evidence are seeded; a year that has a
 * cycle already is left as it is, so every reconcile may run it again. {@code seed.index} is read
 * from tenant.yaml here, as the evidence vault reads {@code seed.evidence}.
 */
@ApplicationScoped
public class IndexSeeding {

  private static final Logger LOG = Logger.getLogger(IndexSeeding.class.getName());

  @Inject IndexDemo demo;

  /** After the evidence's seeding (APPLICATION + 990). */
  @ActivateRequestContext
  void seedIndex(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 995) TenantSeeding seeding) {
    if (seeding.folder() == null) {
      return;
    }
    String name = indexYaml(seeding.folder());
    if (name == null) {
      return;
    }
    Path file = seeding.folder().resolve(name).normalize();
    if (!file.startsWith(seeding.folder().normalize())) {
      throw new IllegalStateException("seed.index must stay in the tenant's folder: " + name);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (!(doc instanceof Map<?, ?> cycle)) {
        throw new IllegalStateException(name + " is not a YAML map");
      }
      String outcome = demo.seed(cycle);
      LOG.info(() -> "seeded index cycle from " + name + ": " + outcome);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static String indexYaml(Path folder) {
    Path manifest = folder.resolve("tenant.yaml");
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (doc instanceof Map<?, ?> top && top.get("seed") instanceof Map<?, ?> seed) {
        Object value = seed.get("index");
        return value instanceof String s && !s.isBlank() ? s : null;
      }
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + manifest + ": " + e.getMessage(), e);
    }
  }
}
