package id.klik.shared.api;

import id.klik.shared.domain.ValidationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * A {@code multipart/form-data} body (RFC 7578) read as it arrives, one part after the other, by
 * Apache Commons FileUpload's streaming API: a file part's content is a stream that ends at its
 * boundary, so an upload goes from the socket into the file store without being held in memory or
 * written to disk. Part headers are bounded by the library; a body that breaks the format is a 400.
 */
public final class MultipartFormData {

  /** One part: its form field name, the file name a file part carries, and its content. */
  public record Part(String name, Optional<String> filename, InputStream content) {

    /** A text field's value (UTF-8), refused beyond {@code maxBytes}. */
    public String text(int maxBytes) throws IOException {
      byte[] bytes = content.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw ValidationException.of(name, "error.fieldTooLong", maxBytes);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private final FileItemInputIterator items;

  private MultipartFormData(FileItemInputIterator items) {
    this.items = items;
  }

  /**
   * @param contentType the request's {@code Content-Type}, which carries the boundary
   * @throws ValidationException when it is no multipart/form-data type with a boundary
   */
  public static MultipartFormData of(String contentType, InputStream body) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw ValidationException.of("body", "error.multipartExpected");
    }
    try {
      return new MultipartFormData(new Streaming().getItemIterator(new Body(contentType, body)));
    } catch (FileUploadException e) {
      throw ValidationException.of("body", "error.multipartExpected");
    } catch (IOException e) {
      throw broken();
    }
  }

  /**
   * The next part, or empty after the last. What was left unread of the previous part is skipped.
   */
  public Optional<Part> next() throws IOException {
    try {
      if (!items.hasNext()) {
        return Optional.empty();
      }
      FileItemInput item = items.next();
      Optional<String> filename =
          item.isFormField() ? Optional.empty() : Optional.ofNullable(item.getName());
      return Optional.of(
          new Part(item.getFieldName(), filename, new BrokenAsBadInput(item.getInputStream())));
    } catch (FileUploadException e) {
      throw broken();
    }
  }

  private static ValidationException broken() {
    return ValidationException.of("body", "error.multipartBroken");
  }

  /** A part's content whose format errors (a missing boundary) are the client's: 400. */
  private static final class BrokenAsBadInput extends FilterInputStream {

    BrokenAsBadInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (FileUploadException e) {
        throw broken();
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (FileUploadException e) {
        throw broken();
      }
    }
  }

  /** The request as the library sees it; its length is unknown (-1) unless the caller counts. */
  private record Body(String contentType, InputStream body) implements RequestContext {

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    public InputStream getInputStream() {
      return body;
    }

    @Override
    public boolean isMultipartRelated() {
      return false;
    }
  }

  /**
   * Only the library's streaming iterator is used; its whole-request parsing (which buffers items
   * through a factory) is not.
   */
  private static final class Streaming
      extends AbstractFileUpload<RequestContext, DiskFileItem, DiskFileItemFactory> {

    @Override
    public FileItemInputIterator getItemIterator(RequestContext request)
        throws FileUploadException, IOException {
      return super.getItemIterator(request);
    }

    @Override
    public Map<String, List<DiskFileItem>> parseParameterMap(RequestContext request) {
      throw new UnsupportedOperationException("streaming only");
    }

    @Override
    public List<DiskFileItem> parseRequest(RequestContext request) {
      throw new UnsupportedOperationException("streaming only");
    }
  }
}
