package id.klik.innovation.application;

import id.klik.innovation.domain.journey.ArtifactRecord;
import id.klik.innovation.domain.journey.Journey;
import id.klik.innovation.domain.journey.JourneyPosition;
import id.klik.innovation.infrastructure.JourneyRepository;
import id.klik.shared.audit.AuditSubject;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.files.BlobStore;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.StoredBlob;
import id.klik.shared.infrastructure.KlikConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.UUID;

/**
 * An innovation's journey: read by every member who may read the innovation, changed by those who
 * may edit it. The plan is the tenant's active journey template, read anew on every call, so a
 * template change shows at once; what was recorded before is kept (see {@link Journey}).
 */
@ApplicationScoped
public class JourneyService {

  @Inject InnovationAccess access;
  @Inject JourneyPlans plans;
  @Inject JourneyRepository repository;
  @Inject BlobStore blobs;
  @Inject KlikConfig config;
  @Inject AuditTrail audit;
  @Inject AuditSubject subject;

  @Transactional
  public JourneyView view(UUID innovationId) {
    InnovationRef ref = access.readable(innovationId);
    return new JourneyView(ref, load(ref.id()), access.mayEdit(ref.id()));
  }

  /** Writes an artifact's text and/or done mark; a null leaves that part as it is. */
  @Transactional
  public JourneyView write(
      UUID innovationId, String stageId, String artifactId, String text, Boolean done) {
    InnovationRef ref = access.editable(innovationId);
    Journey journey = load(ref.id());
    ArtifactRecord record = journey.write(stageId, artifactId, text, done, subject.actor());
    repository.store(record);
    audit.record(
        "JOURNEY_ARTIFACT",
        "innovation",
        ref.id(),
        stageId + "/" + artifactId + (record.done() ? " done" : " open"));
    return new JourneyView(ref, journey, true);
  }

  /** Stores a file for an artifact (a document, image or office file within the upload limit). */
  @Transactional
  public JourneyView attach(
      UUID innovationId, String stageId, String artifactId, InputStream content, String filename) {
    InnovationRef ref = access.editable(innovationId);
    Journey journey = load(ref.id());
    // the artifact is checked before the bytes are read
    journey
        .plan()
        .stage(String.valueOf(stageId))
        .flatMap(s -> s.artifact(String.valueOf(artifactId)))
        .orElseThrow(() -> new NotFoundException("journey artifact", artifactId));
    StoredBlob blob = blobs.store(content, filename, FileRules.documents(config.uploadMaxBytes()));
    ArtifactRecord record =
        journey.attach(
            stageId,
            artifactId,
            new ArtifactRecord.AttachedFile(
                blob.sha256(), safeName(filename), blob.contentType(), blob.size()),
            subject.actor());
    repository.store(record);
    audit.record(
        "JOURNEY_FILE",
        "innovation",
        ref.id(),
        stageId + "/" + artifactId + " " + safeName(filename));
    return new JourneyView(ref, journey, true);
  }

  @Transactional
  public JourneyView moveTo(UUID innovationId, String stageId) {
    InnovationRef ref = access.editable(innovationId);
    Journey journey = load(ref.id());
    JourneyPosition position = journey.moveTo(stageId, subject.actor());
    repository.store(position);
    audit.record("JOURNEY_STAGE", "innovation", ref.id(), position.stageId());
    return new JourneyView(ref, journey, true);
  }

  /** The file of one record of the innovation (also of an earlier journey). */
  @Transactional
  public JourneyFile file(UUID innovationId, UUID recordId) {
    InnovationRef ref = access.readable(innovationId);
    ArtifactRecord.AttachedFile file =
        repository.records(ref.id()).stream()
            .filter(r -> r.id().equals(recordId))
            .findFirst()
            .flatMap(ArtifactRecord::file)
            .orElseThrow(() -> new NotFoundException("journey file", recordId));
    return new JourneyFile(file.name(), file.contentType(), file.size(), blobs.open(file.sha256()));
  }

  private Journey load(UUID innovationId) {
    return Journey.of(
        innovationId,
        plans.active(),
        repository.position(innovationId),
        repository.records(innovationId));
  }

  private static String safeName(String filename) {
    String name = filename == null || filename.isBlank() ? "file" : filename.strip();
    name = name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
