package id.klik.shared.pdf;

/**
 * Writes XHTML for {@link PdfRenderer}: every text passes through {@link #text}, which escapes
 * markup and drops the characters XML forbids, so a name or a narrative can never add an element,
 * an attribute or a resource to the document.
 */
public final class Xhtml {

  private final StringBuilder out = new StringBuilder(8 * 1024);

  /** A document with its title, its style sheet and a body written by the caller. */
  public static Xhtml document(String title, String css) {
    Xhtml x = new Xhtml();
    x.out
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><title>")
        .append(escape(title))
        .append("</title><style>")
        .append(css.replace("<", ""))
        .append("</style></head><body>");
    return x;
  }

  /** Opens an element; {@code attributes} are written by the caller from constants only. */
  public Xhtml open(String element, String attributes) {
    out.append('<').append(element);
    if (attributes != null && !attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    out.append('>');
    return this;
  }

  public Xhtml open(String element) {
    return open(element, null);
  }

  public Xhtml close(String element) {
    out.append("</").append(element).append('>');
    return this;
  }

  /** An element holding one escaped text. */
  public Xhtml element(String element, String attributes, String text) {
    return open(element, attributes).text(text).close(element);
  }

  public Xhtml element(String element, String text) {
    return element(element, null, text);
  }

  /** Escaped text; line breaks are kept as {@code <br/>}. */
  public Xhtml text(String text) {
    if (text == null) {
      return this;
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("<br/>");
      }
      out.append(escape(lines[i]));
    }
    return this;
  }

  /** A PNG embedded as a {@code data:} URI. */
  public Xhtml image(byte[] png, String alt, String attributes) {
    out.append("<img src=\"data:image/png;base64,")
        .append(java.util.Base64.getEncoder().encodeToString(png))
        .append("\" alt=\"")
        .append(escape(alt))
        .append('"');
    if (attributes != null && !attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    out.append("/>");
    return this;
  }

  /** The finished document. */
  public String end() {
    return out + "</body></html>";
  }

  /** The text with {@code & < > " '} escaped and characters XML 1.0 forbids left out. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                  if (allowed(c)) {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.toString();
  }

  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
