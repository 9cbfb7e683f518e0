package id.klik.shared.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * The current tenant's files, addressed by the sha256 of their content. Identical content is stored
 * once; stored content is never rewritten (a changed file is another blob). The one implementation
 * keeps chunks in the tenant's own schema; an S3-compatible store can take its place behind this
 * interface (see {@code helm/klik/README.md}).
 */
public interface BlobStore {

  /**
   * Streams {@code content} into the store inside the caller's transaction, so a file and the
   * record pointing at it commit (or roll back) together. Refuses content over {@code
   * rules.maxBytes()} ({@link FileTooLargeException}) and content whose detected type the rules do
   * not allow ({@link FileTypeNotAllowedException}); then nothing is stored.
   *
   * @param filename the name the person gave the file: a hint for the detector, never trusted
   */
  StoredBlob store(InputStream content, String filename, FileRules rules);

  Optional<StoredBlob> find(String sha256);

  /**
   * The content, read a chunk at a time: memory stays bounded whatever the size, and no connection
   * or transaction is held between chunks (a slow client keeps neither). Needs the tenant context
   * while it is read.
   */
  InputStream open(String sha256);
}
