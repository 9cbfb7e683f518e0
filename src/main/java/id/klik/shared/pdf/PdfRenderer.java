package id.klik.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders an XHTML document to PDF bytes with openhtmltopdf on PDFBox. The fonts are Liberation
 * Sans (SIL Open Font License) read from the classpath and embedded in every PDF, so Indonesian
 * text looks the same on every reader and nothing is fetched at render time: the renderer refuses
 * to load any resource by URL, so a link written into a document is text, never a request. Images
 * are embedded as {@code data:} URIs (see {@link ChartImages}).
 *
 * <p>Thread-safe: every call builds its own renderer.
 */
public final class PdfRenderer {

  /** The family name documents use in their CSS. */
  public static final String FONT = "Liberation Sans";

  private static final List<Face> FACES =
      List.of(
          new Face("liberation/LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
          new Face("liberation/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
          new Face("liberation/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
          new Face("liberation/LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  private record Face(String resource, int weight, FontStyle style) {}

  /** Read once: parsing a TTF from the jar on every render cost more than the render itself. */
  private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();

  /** openhtmltopdf logs every render at INFO; kept here so the level is not collected away. */
  private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");

  static {
    LOG.setLevel(Level.WARNING);
  }

  /** The PDF of a well-formed XHTML document (as {@link Xhtml#document} writes one). */
  public byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    for (Face face : FACES) {
      builder.useFont(() -> open(face.resource()), FONT, face.weight(), face.style(), true);
    }
    builder.useUriResolver((base, uri) -> uri.startsWith("data:") ? uri : null);
    for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
      builder.useExternalResourceAccessControl(
          (uri, type) -> uri != null && uri.startsWith("data:"), when);
    }
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream open(String resource) {
    return new ByteArrayInputStream(FONT_BYTES.computeIfAbsent(resource, PdfRenderer::read));
  }

  private static byte[] read(String resource) {
    try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
