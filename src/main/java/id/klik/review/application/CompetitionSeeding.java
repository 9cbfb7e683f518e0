package id.klik.review.application;

import id.klik.proposal.application.ProposalDemo;
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
 * Seeds the demo competition when the manifest names a CSV in {@code seed.competition}: the demo
 * innovations and proposals (the proposal context's {@link ProposalDemo}), then the competition
 * ({@link CompetitionDemo}). After the innovations, teams, mentors and templates; a tenant with a
 * demo competition is left alone, so every reconcile may run it again.
 */
@ApplicationScoped
public class CompetitionSeeding {

  private static final Logger LOG = Logger.getLogger(CompetitionSeeding.class.getName());

  @Inject CompetitionDemo demo;

  @ActivateRequestContext
  void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 997) TenantSeeding seeding) {
    if (seeding.folder() == null) {
      return;
    }
    String name = csv(seeding.folder());
    if (name == null) {
      return;
    }
    Path file = seeding.folder().resolve(name).normalize();
    if (!file.startsWith(seeding.folder().normalize())) {
      throw new IllegalStateException("seed.competition must stay in the tenant's folder: " + name);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String outcome = demo.seed(ProposalDemo.read(in));
      LOG.info(() -> "seeded demo competition from " + name + ": " + outcome);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static String csv(Path folder) {
    Path manifest = folder.resolve("tenant.yaml");
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (doc instanceof Map<?, ?> top && top.get("seed") instanceof Map<?, ?> seed) {
        Object value = seed.get("competition");
        return value instanceof String s && !s.isBlank() ? s : null;
      }
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + manifest + ": " + e.getMessage(), e);
    }
  }
}
