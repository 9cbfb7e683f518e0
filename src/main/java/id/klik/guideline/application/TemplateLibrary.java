package id.klik.guideline.application;

import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateCatalog;
import id.klik.guideline.domain.TemplateDraft;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateReading;
import id.klik.guideline.domain.TemplateRef;
import id.klik.guideline.domain.Visibility;
import id.klik.guideline.infrastructure.BuiltinTemplates;
import id.klik.guideline.infrastructure.JdbcPublishedTemplateStore;
import id.klik.guideline.infrastructure.TemplateFolder;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The published templates: KLIK's built-ins, each tenant's files in {@code
 * tenants/<slug>/templates/} (published by that tenant to every tenant), and the versions tenants
 * published from the app (stored in {@code platform.published_template}, to all or to chosen
 * tenants). Files are read once and again on {@link #reload()}; the app-published rows are re-read
 * when this replica publishes and at most {@link #REFRESH} later for what other replicas published.
 * A broken file is logged and left out; the others stay.
 */
@ApplicationScoped
public class TemplateLibrary {

  /** How stale another replica's publications may be here. */
  static final Duration REFRESH = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(TemplateLibrary.class.getName());

  @Inject KlikConfig config;
  @Inject JdbcPublishedTemplateStore store;

  private final TemplateReader reader = new TemplateReader();

  /** A published version with the YAML it was read from. */
  private record Entry(PublishedTemplate published, String text) {}

  private record Snapshot(TemplateCatalog catalog, Map<TemplateRef, String> texts, Instant at) {}

  private volatile List<Entry> files;
  private final Map<String, Entry> fromStore = new ConcurrentHashMap<>();
  private volatile Snapshot snapshot;

  /** Every published template version the current tenant may see. */
  public List<PublishedTemplate> visible() {
    return snapshot().catalog().visibleTo(tenant());
  }

  /** A published version, if the current tenant may see it. */
  public Optional<PublishedTemplate> find(TemplateRef ref) {
    return snapshot().catalog().find(ref, tenant());
  }

  /** Every published version of one template id, whoever may see it, oldest first. */
  public List<PublishedTemplate> versionsOf(String templateId) {
    return snapshot().catalog().versionsOf(templateId);
  }

  /**
   * The version before this one that the current tenant may see, to show what a version changed.
   */
  public Optional<PublishedTemplate> previous(TemplateRef ref) {
    return visible().stream()
        .filter(p -> p.ref().templateId().equals(ref.templateId()))
        .filter(p -> ref.version().isNewerThan(p.template().header().version()))
        .max(Comparator.comparing(p -> p.template().header().version()));
  }

  /** The YAML a published version was read from, if the current tenant may see it. */
  public Optional<String> text(TemplateRef ref) {
    Snapshot current = snapshot();
    return current.catalog().find(ref, tenant()).map(p -> current.texts().get(p.ref()));
  }

  /** Checks a template file without publishing it. */
  public TemplateReading validate(String fileName, String yaml) {
    return reader.read(fileName, yaml);
  }

  /**
   * Publishes a template the current tenant wrote in the app, after the rules of {@link
   * id.klik.guideline.domain.TemplateDraft#publish} against what every replica published so far.
   *
   * @throws KlikException when a rule is broken; nothing is stored
   */
  public synchronized PublishedTemplate publish(
      Template template, String yaml, Visibility visibility, String by) {
    String tenant = tenant();
    Instant now = Instant.now();
    PublishedTemplate published;
    try {
      published = build().catalog().publish(new TemplateDraft(template), tenant, visibility, now);
      store.insert(
          new JdbcPublishedTemplateStore.Row(
              template.header().id(),
              template.header().version().toString(),
              tenant,
              yaml,
              visibility.everyTenant(),
              visibility.tenants(),
              by,
              now));
    } finally {
      rebuild();
    }
    return published;
  }

  /** Reads the files again (after the tenants folder changed). */
  public synchronized void reload() {
    files = null;
    rebuild();
  }

  private synchronized Snapshot rebuild() {
    Snapshot built = build();
    snapshot = built;
    return built;
  }

  private Snapshot build() {
    List<Entry> entries = new ArrayList<>(files());
    for (JdbcPublishedTemplateStore.Row row : store.all()) {
      Entry entry =
          fromStore.computeIfAbsent(row.templateId() + "@" + row.version(), k -> read(row));
      if (entry != null) {
        entries.add(entry);
      }
    }
    // in version order, so that loading never trips the "newer than published" rule of publishing
    entries.sort(
        Comparator.comparing((Entry e) -> e.published().ref().templateId())
            .thenComparing(e -> e.published().template().header().version()));
    TemplateCatalog catalog = new TemplateCatalog();
    Map<TemplateRef, String> texts = new HashMap<>();
    for (Entry e : entries) {
      PublishedTemplate p = e.published();
      try {
        catalog.publish(
            new TemplateDraft(p.template()), p.publisherTenant(), p.visibility(), p.publishedAt());
        texts.put(p.ref(), e.text());
      } catch (KlikException ex) {
        LOG.warning(
            () ->
                "template "
                    + p.ref()
                    + " left out: "
                    + Messages.get(Locale.ENGLISH, ex.messageKey(), ex.args()));
      }
    }
    return new Snapshot(catalog, Map.copyOf(texts), Instant.now());
  }

  private Entry read(JdbcPublishedTemplateStore.Row row) {
    TemplateReading reading = reader.read(row.templateId() + "-" + row.version(), row.yaml());
    if (!reading.valid()) {
      LOG.warning(() -> "published template " + row.templateId() + " unreadable: " + reading);
      return null;
    }
    Visibility visibility =
        row.allTenants() ? Visibility.allTenants() : Visibility.onlyTo(row.tenants());
    return new Entry(
        new PublishedTemplate(reading.orThrow(), row.publisher(), visibility, row.publishedAt()),
        row.yaml());
  }

  private List<Entry> files() {
    List<Entry> read = files;
    if (read == null) {
      read = readFiles();
      files = read;
    }
    return read;
  }

  private List<Entry> readFiles() {
    List<Entry> entries = new ArrayList<>();
    Instant now = Instant.now();
    for (String file : BuiltinTemplates.FILES) {
      String text = BuiltinTemplates.text(file);
      Template t = reader.read(file, text).orThrow();
      entries.add(new Entry(new PublishedTemplate(t, null, Visibility.allTenants(), now), text));
    }
    for (Path folder : tenantTemplateFolders()) {
      String tenant = folder.getParent().getFileName().toString();
      new TemplateFolder(folder)
          .read(reader)
          .forEach(
              (file, reading) -> {
                if (!reading.valid()) {
                  LOG.warning(() -> "template " + folder.resolve(file) + " left out: " + reading);
                  return;
                }
                entries.add(
                    new Entry(
                        new PublishedTemplate(
                            reading.orThrow(), tenant, Visibility.allTenants(), now),
                        readString(folder.resolve(file))));
              });
    }
    return List.copyOf(entries);
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  private static String tenant() {
    return TenantContext.require().slug();
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    return stale(current) ? refresh() : current;
  }

  /** Rebuilds once for all requests that found the snapshot stale at the same time. */
  private synchronized Snapshot refresh() {
    Snapshot current = snapshot;
    return stale(current) ? rebuild() : current;
  }

  private static boolean stale(Snapshot s) {
    return s == null || s.at().isBefore(Instant.now().minus(REFRESH));
  }
}
