package id.klik.shared.files;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The content type of a file from its first bytes (Apache Tika's magic numbers), with the file's
 * name only as a hint that may make a type more specific (text/plain named .csv is text/csv) but
 * never overrule the bytes (an HTML page named .csv stays text/html).
 */
public final class ContentTypes {

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
  private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

  /** How many bytes the detector may look at; the stream must support mark/reset that far. */
  public static final int HEAD = 64 * 1024;

  private ContentTypes() {}

  /** Detects from a stream that supports mark/reset; the stream is left where it was. */
  public static String detect(InputStream head, String filename) throws IOException {
    if (!head.markSupported()) {
      throw new IllegalArgumentException("the stream must support mark/reset");
    }
    Metadata metadata = new Metadata();
    if (filename != null && !filename.isBlank()) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
    }
    return TYPES.detect(head, metadata).getBaseType().toString();
  }

  /**
   * Whether the type is a zip container (Office Open XML, OpenDocument, plain zip): its real kind
   * is in its entries, which {@link OfficeZip} reads.
   */
  public static boolean isZipContainer(String type) {
    MediaType media = MediaType.parse(type);
    return media != null
        && (media.equals(MediaType.APPLICATION_ZIP)
            || REGISTRY.isSpecializationOf(media, MediaType.APPLICATION_ZIP));
  }
}
