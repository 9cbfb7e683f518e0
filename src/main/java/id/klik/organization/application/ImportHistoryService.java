package id.klik.organization.application;

import id.klik.organization.infrastructure.WorkUnitImportRepository;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.Page;
import id.klik.shared.files.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.UUID;

/**
 * The history of the current tenant's work-unit imports, with each import's file. Open to every
 * member, like the work units themselves.
 */
@ApplicationScoped
public class ImportHistoryService {

  @Inject WorkUnitImportRepository imports;
  @Inject BlobStore blobs;

  @Transactional
  public Page<ImportedFile> latest(int page, int size) {
    return imports
        .latest(Math.max(0, page), Page.size(size))
        .map(r -> new ImportedFile(r, blobs.find(r.blobSha256()).orElseThrow()));
  }

  @Transactional
  public ImportedFile get(UUID id) {
    return imports
        .find(id)
        .map(r -> new ImportedFile(r, blobs.find(r.blobSha256()).orElseThrow()))
        .orElseThrow(() -> new NotFoundException("import", id));
  }

  /**
   * The file's bytes, read a chunk at a time while the caller writes them out; the tenant context
   * must still be set then (it is, for the rest of the request).
   */
  public InputStream open(ImportedFile imported) {
    return blobs.open(imported.file().sha256());
  }
}
