package id.klik.innovation.application;

import id.klik.innovation.domain.EvidenceTypes;
import id.klik.shared.files.BlobStore;
import id.klik.shared.files.ContentTypes;
import id.klik.shared.files.FileTypeNotAllowedException;
import id.klik.shared.files.StoredBlob;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Puts an evidence file into the BlobStore after looking at its bytes: a video is refused with the
 * advice to give a link, a zip container is judged by its entries (Office) or its own magic
 * (OpenDocument) and never by its name (a plain zip named .odt stays a zip), and anything outside
 * {@link EvidenceTypes#ALLOWED} is refused. Over the limit the store refuses it. Nothing is kept on
 * any refusal.
 */
public final class EvidenceFiles {

  private final BlobStore blobs;
  private final long maxBytes;

  public EvidenceFiles(BlobStore blobs, long maxBytes) {
    this.blobs = blobs;
    this.maxBytes = maxBytes;
  }

  public StoredBlob store(String filename, InputStream content) throws IOException {
    BufferedInputStream in = new BufferedInputStream(content, ContentTypes.HEAD);
    String byContent = ContentTypes.detect(in, null);
    if (EvidenceTypes.isVideo(byContent)) {
      throw EvidenceRefused.video();
    }
    // the old Office formats share one container whose kind only the name tells; any is a document
    String hint = ContentTypes.isZipContainer(byContent) ? null : filename;
    try {
      return blobs.store(in, hint, EvidenceTypes.rules(maxBytes));
    } catch (FileTypeNotAllowedException refused) {
      String detected = refused.args().length > 0 ? String.valueOf(refused.args()[0]) : byContent;
      if (EvidenceTypes.isVideo(detected)) {
        throw EvidenceRefused.video();
      }
      throw EvidenceRefused.type(detected, EvidenceTypes.READABLE_LIST);
    }
  }
}
