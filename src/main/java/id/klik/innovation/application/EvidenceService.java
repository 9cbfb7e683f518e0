package id.klik.innovation.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.domain.Evidence;
import id.klik.innovation.domain.EvidenceTarget;
import id.klik.innovation.domain.EvidenceVersion;
import id.klik.innovation.domain.IndexIndicators;
import id.klik.innovation.infrastructure.EvidenceRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.BlobStore;
import id.klik.shared.files.StoredBlob;
import id.klik.shared.infrastructure.KlikConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The evidence vault of the current tenant's innovations. Reading needs the innovation readable,
 * uploading needs it editable ({@link InnovationAccess}); an item or version is always looked up
 * under its innovation, so an id of another innovation (or another tenant) is not found.
 *
 * <p>Which item an upload continues: the item named by {@code evidenceId}; else the item of the
 * same profile slot; else the item with the same indicator (or none) and the same title (the file
 * name unless a title is given); else a new item. Each upload is that item's next version.
 */
@ApplicationScoped
public class EvidenceService {

  private static final int FIELD_MAX_BYTES = 1000;

  @Inject InnovationAccess access;
  @Inject EvidenceRepository repository;
  @Inject EvidenceIndicators indicators;
  @Inject BlobStore blobs;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject KlikConfig config;
  @Inject Permissions permissions;

  /** The largest file, in bytes. */
  public long maxBytes() {
    return config.evidenceMaxMb() * 1_000_000L;
  }

  /** The longest a text field of an upload may be, in bytes. */
  public static int fieldMaxBytes() {
    return FIELD_MAX_BYTES;
  }

  /** Fails before an upload is read when the caller may not add to this innovation's evidence. */
  public void requireEditable(UUID innovationId) {
    access.editable(innovationId);
  }

  @Transactional
  public List<EvidenceItemView> list(UUID innovationId) {
    access.readable(innovationId);
    return views(repository.items(innovationId));
  }

  @Transactional
  public EvidenceItemView upload(UUID innovationId, EvidenceUpload upload) {
    access.editable(innovationId);
    return store(innovationId, upload);
  }

  /**
   * The manifest's demo evidence: a file for the innovation of this name, unless an item of that
   * title holds it already (so every reconcile may run it again). No person acts; an innovation the
   * portfolio does not hold is skipped.
   *
   * @return whether a version was added
   */
  @Transactional
  public boolean seed(String innovationName, String title, EvidenceUpload upload) {
    List<UUID> named = repository.innovationsNamed(innovationName);
    if (named.isEmpty()) {
      return false;
    }
    UUID innovationId = named.get(0);
    boolean present =
        repository.items(innovationId).stream()
            .anyMatch(e -> Evidence.titleKey(e.title()).equals(Evidence.titleKey(title)));
    if (present) {
      return false;
    }
    store(innovationId, upload);
    return true;
  }

  /**
   * Region evidence: a file proving a region indicator of the index model (e.g. {@code spd-01}),
   * belonging to no innovation; whoever writes the index assessment uploads it. The upload's own
   * indicator and slot fields are ignored: the item proves {@code indicatorId}.
   *
   * @throws ValidationException when the tenant's index models have no such region indicator
   */
  @Transactional
  public EvidenceItemView uploadRegion(String indicatorId, EvidenceUpload upload) {
    permissions.require(Permission.INDEX_WRITE);
    Set<String> region = indicators.regionIds();
    if (indicatorId == null || !region.contains(indicatorId)) {
      throw ValidationException.of("indicator", "index.regionEvidence.indicator", indicatorId);
    }
    EvidenceUpload forIndicator =
        (file, field) -> {
          field.accept("indicator", indicatorId);
          upload.read(
              file,
              (name, value) -> {
                if (!"indicator".equals(name) && !"slot".equals(name)) {
                  field.accept(name, value);
                }
              });
        };
    return store(null, forIndicator, () -> region);
  }

  /** Fails before an upload is read when the caller may not add region evidence. */
  public void requireRegionWriter() {
    permissions.require(Permission.INDEX_WRITE);
  }

  /** The region evidence items (every member reads them). */
  @Transactional
  public List<EvidenceItemView> regionItems() {
    permissions.require(Permission.VIEW);
    return views(repository.regionItems());
  }

  /** One version of a region item; an innovation's item is not found here. */
  @Transactional
  public EvidenceItemView.Version regionVersion(UUID evidenceId, int version) {
    permissions.require(Permission.VIEW);
    repository
        .item(null, evidenceId)
        .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
    return repository
        .version(evidenceId, version)
        .map(EvidenceService::view)
        .orElseThrow(() -> new NotFoundException("evidence version", version));
  }

  private EvidenceItemView store(UUID innovationId, EvidenceUpload upload) {
    return store(innovationId, upload, () -> indicators.current().ids());
  }

  private EvidenceItemView store(
      UUID innovationId, EvidenceUpload upload, Supplier<Set<String>> knownIds) {
    Map<String, String> fields = new HashMap<>();
    Stored[] stored = new Stored[1];
    Supplier<Set<String>> known = memo(knownIds);
    try {
      upload.read(
          (filename, content) -> {
            if (stored[0] != null) {
              throw ValidationException.of("file", "evidence.oneFile");
            }
            // the fields that came first are checked before a byte of the file is stored
            checkFields(fields, known);
            stored[0] =
                new Stored(filename, new EvidenceFiles(blobs, maxBytes()).store(filename, content));
          },
          (name, value) -> {
            if (value != null && !value.isBlank()) {
              fields.put(name, value.strip());
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stored[0] == null) {
      throw ValidationException.of("file", "evidence.fileRequired");
    }
    Evidence item = itemFor(innovationId, fields, stored[0].filename(), known);
    int next = EvidenceVersion.next(repository.newestVersion(item.id()));
    StoredBlob blob = stored[0].blob();
    repository.store(
        new EvidenceVersion(
            item.id(),
            next,
            blob.sha256(),
            stored[0].filename(),
            blob.contentType(),
            blob.size(),
            currentUser.actor()));
    repository.flush();
    audit.record(
        "UPLOAD",
        "evidence",
        item.id(),
        "version " + next + " of \"" + item.title() + "\" (" + blob.size() + " bytes)");
    return views(List.of(item)).get(0);
  }

  /** One version's facts, after the access check; the bytes come from {@link #open}. */
  @Transactional
  public EvidenceItemView.Version version(UUID innovationId, UUID evidenceId, int version) {
    access.readable(innovationId);
    repository
        .item(innovationId, evidenceId)
        .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
    return repository
        .version(evidenceId, version)
        .map(EvidenceService::view)
        .orElseThrow(() -> new NotFoundException("evidence version", version));
  }

  /**
   * The bytes of a version found through {@link #version}, a chunk at a time while the caller
   * writes them out (the tenant context must still be set).
   */
  public InputStream open(EvidenceItemView.Version version) {
    return blobs.open(version.sha256());
  }

  private void checkFields(Map<String, String> fields, Supplier<Set<String>> known) {
    if (fields.containsKey("evidenceId")) {
      parseId(fields.get("evidenceId"));
    } else if (fields.containsKey("indicator") || fields.containsKey("slot")) {
      EvidenceTarget.of(fields.get("indicator"), fields.get("slot"), known.get());
    }
  }

  private Evidence itemFor(
      UUID innovationId, Map<String, String> fields, String filename, Supplier<Set<String>> known) {
    if (fields.containsKey("evidenceId")) {
      UUID id = parseId(fields.get("evidenceId"));
      return repository
          .lockedItem(innovationId, id)
          .orElseThrow(() -> new NotFoundException("evidence", id));
    }
    EvidenceTarget target =
        fields.containsKey("indicator") || fields.containsKey("slot")
            ? EvidenceTarget.of(fields.get("indicator"), fields.get("slot"), known.get())
            : EvidenceTarget.GENERAL;
    String title = Evidence.cleanTitle(fields.getOrDefault("title", filename));
    return repository
        .sameItem(innovationId, target, title)
        .orElseGet(
            () -> {
              Evidence created = new Evidence(innovationId, target, title, currentUser.actor());
              repository.store(created);
              return created;
            });
  }

  private static UUID parseId(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("evidenceId", "evidence.idInvalid", text);
    }
  }

  private List<EvidenceItemView> views(List<Evidence> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<EvidenceItemView.Version>> versions = new HashMap<>();
    repository
        .versions(items.stream().map(Evidence::id).toList())
        .forEach(
            v ->
                versions
                    .computeIfAbsent(v.evidenceId(), k -> new java.util.ArrayList<>())
                    .add(view(v)));
    IndexIndicators model =
        items.stream().anyMatch(e -> e.indicatorId().isPresent())
            ? indicators.current()
            : IndexIndicators.NONE;
    return items.stream()
        .map(
            e -> {
              var indicator = e.indicatorId().flatMap(model::find);
              return new EvidenceItemView(
                  e.id(),
                  e.innovationId(),
                  e.title(),
                  e.indicatorId().orElse(null),
                  indicator.map(IndexIndicators.Indicator::number).orElse(null),
                  indicator.map(IndexIndicators.Indicator::title).orElse(null),
                  e.slot().map(s -> s.code()).orElse(null),
                  e.createdBy(),
                  e.createdAt(),
                  versions.getOrDefault(e.id(), List.of()));
            })
        .filter(v -> !v.versions().isEmpty())
        .toList();
  }

  private static EvidenceItemView.Version view(EvidenceVersion v) {
    return new EvidenceItemView.Version(
        v.version(),
        v.filename(),
        v.contentType(),
        v.size(),
        v.blobSha256(),
        v.uploadedBy(),
        v.uploadedAt());
  }

  private static <T> Supplier<T> memo(Supplier<T> source) {
    Object[] cell = new Object[1];
    return () -> {
      if (cell[0] == null) {
        cell[0] = source.get();
      }
      @SuppressWarnings("unchecked")
      T value = (T) cell[0];
      return value;
    };
  }

  private record Stored(String filename, StoredBlob blob) {}
}
