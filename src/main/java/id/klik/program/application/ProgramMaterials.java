package id.klik.program.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.program.domain.Material;
import id.klik.program.domain.Program;
import id.klik.program.infrastructure.ProgramRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.BlobStore;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.StoredBlob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.UUID;

/**
 * A program's materials (slides, worksheets): documents checked by their bytes, at most 20 MB, kept
 * in the tenant's blob store. Every member reads; the clinic adds them.
 */
@ApplicationScoped
public class ProgramMaterials {

  static final FileRules RULES = FileRules.documents(20L * 1024 * 1024);

  @Inject ProgramService programs;
  @Inject ProgramRepository repository;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject BlobStore blobs;
  @Inject AuditTrail audit;

  @Transactional
  public UUID add(UUID programId, UUID sessionId, String title, String filename, InputStream in) {
    permissions.require(Permission.PROGRAMS_WRITE);
    Program program = programs.find(programId);
    if (sessionId != null && repository.session(programId, sessionId).isEmpty()) {
      throw ValidationException.of("sessionId", "program.material.session.unknown");
    }
    String name = filename == null || filename.isBlank() ? "file" : filename.trim();
    StoredBlob blob = blobs.store(in, name, RULES);
    Material m =
        new Material(
            program.id(),
            sessionId,
            title == null || title.isBlank() ? name : title.trim(),
            name,
            blob.contentType(),
            blob.sha256(),
            blob.size(),
            currentUser.actor());
    repository.store(m);
    audit.record("CREATE", "program-material", m.id(), m.title());
    return m.id();
  }

  /** What a material may be: documents by their bytes, at most 20 MB. */
  public FileRules rules() {
    return RULES;
  }

  /** The material's facts, or 404 (also for another program's or tenant's ids). */
  @Transactional
  public Material find(UUID programId, UUID materialId) {
    programs.find(programId);
    return repository
        .material(programId, materialId)
        .orElseThrow(() -> new NotFoundException("program-material", materialId));
  }

  /** The bytes; read with the tenant context set, outside a transaction. */
  public InputStream open(Material m) {
    return blobs.open(m.sha256());
  }
}
