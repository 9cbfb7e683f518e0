package id.klik.guideline.application;

import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateCatalog;
import id.klik.guideline.domain.TemplateDraft;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateReading;
import id.klik.guideline.domain.TemplateRef;
import id.klik.guideline.domain.TemplateRuleException;
import id.klik.guideline.domain.Visibility;
import id.klik.guideline.infrastructure.BuiltinTemplates;
import id.klik.guideline.infrastructure.TemplateFolder;
import id.klik.shared.infrastructure.KlikConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The published templates as files declare them: KLIK's built-ins, and each tenant's own in {@code
 * tenants/<slug>/templates/} (published by that tenant to every tenant). Read once and again on
 * {@link #reload()}; a broken tenant file is logged and left out, the others stay. Adoption, local
 * versions and merges are the next step (kept in the tenant's schema).
 */
@ApplicationScoped
public class TemplateLibrary {

  private static final Logger LOG = Logger.getLogger(TemplateLibrary.class.getName());

  @Inject KlikConfig config;

  private final TemplateReader reader = new TemplateReader();

  private record Snapshot(TemplateCatalog catalog, Map<TemplateRef, String> texts) {}

  private volatile Snapshot snapshot;

  /** Every published template version the tenant may see. */
  public List<PublishedTemplate> visibleTo(String tenant) {
    return snapshot().catalog().visibleTo(tenant);
  }

  public Optional<PublishedTemplate> find(TemplateRef ref, String tenant) {
    return snapshot().catalog().find(ref, tenant);
  }

  /** The YAML a published version was read from. */
  public Optional<String> text(TemplateRef ref) {
    return Optional.ofNullable(snapshot().texts().get(ref));
  }

  /** Checks a template file without publishing it. */
  public TemplateReading validate(String fileName, String yaml) {
    return reader.read(fileName, yaml);
  }

  public synchronized void reload() {
    TemplateCatalog catalog = new TemplateCatalog();
    Map<TemplateRef, String> texts = new HashMap<>();
    Instant now = Instant.now();
    for (String file : BuiltinTemplates.FILES) {
      String text = BuiltinTemplates.text(file);
      Template t = reader.read(file, text).orThrow();
      catalog.publish(new TemplateDraft(t), null, Visibility.allTenants(), now);
      texts.put(t.ref(), text);
    }
    for (Path folder : tenantTemplateFolders()) {
      String tenant = folder.getParent().getFileName().toString();
      new TemplateFolder(folder)
          .read(reader)
          .forEach(
              (file, reading) ->
                  publish(catalog, texts, tenant, folder.resolve(file), reading, now));
    }
    snapshot = new Snapshot(catalog, Map.copyOf(texts));
  }

  private void publish(
      TemplateCatalog catalog,
      Map<TemplateRef, String> texts,
      String tenant,
      Path file,
      TemplateReading reading,
      Instant now) {
    if (!reading.valid()) {
      LOG.warning(() -> "template " + file + " left out: " + reading.problems());
      return;
    }
    Template t = reading.orThrow();
    try {
      catalog.publish(new TemplateDraft(t), tenant, Visibility.allTenants(), now);
      texts.put(t.ref(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (TemplateRuleException | IOException e) {
      LOG.warning(() -> "template " + file + " left out: " + e.getMessage());
    }
  }

  private List<Path> tenantTemplateFolders() {
    Path dir = config.tenantsDir();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(dir)) {
      return folders.map(f -> f.resolve("templates")).filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Snapshot snapshot() {
    if (snapshot == null) {
      reload();
    }
    return snapshot;
  }
}
