package id.klik.mail.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mail text in one language: a first line {@code Subject: …}, an empty line, then the body. Named
 * placeholders {@code {name}} are filled from the message's parameters; {@code {{} and {@code }}}
 * write a literal brace. Whole sentences live in the template, so a translation can reorder them
 * freely; code only supplies values. A placeholder without a value is an error, not an empty hole
 * in a mail.
 */
public final class MailTemplate {

  private final String key;
  private final List<Part> subject;
  private final List<Part> body;

  private record Part(String text, boolean placeholder) {}

  private MailTemplate(String key, List<Part> subject, List<Part> body) {
    this.key = key;
    this.subject = subject;
    this.body = body;
  }

  /** Reads a template's text; fails with the template's key when its shape is wrong. */
  public static MailTemplate parse(String key, String text) {
    String normalized = text.replace("\r\n", "\n");
    int end = normalized.indexOf('\n');
    String first = end < 0 ? normalized : normalized.substring(0, end);
    if (!first.regionMatches(true, 0, "Subject:", 0, 8)) {
      throw new IllegalArgumentException("mail template " + key + " must start with 'Subject:'");
    }
    String rest = end < 0 ? "" : normalized.substring(end + 1);
    if (!rest.startsWith("\n")) {
      throw new IllegalArgumentException(
          "mail template " + key + " needs an empty line after the subject");
    }
    return new MailTemplate(
        key, parts(key, first.substring(8).strip()), parts(key, rest.substring(1)));
  }

  /** The placeholders the template uses. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (List<Part> parts : List.of(subject, body)) {
      parts.stream().filter(Part::placeholder).forEach(p -> names.add(p.text()));
    }
    return names;
  }

  public RenderedMail render(Map<String, String> parameters) {
    List<String> missing =
        placeholders().stream().filter(n -> parameters.get(n) == null).sorted().toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("mail template " + key + " lacks values for " + missing);
    }
    // a value must not start a new header line in the subject
    String renderedSubject = fill(subject, parameters).replaceAll("[\\r\\n]+", " ").strip();
    return new RenderedMail(renderedSubject, fill(body, parameters));
  }

  private static String fill(List<Part> parts, Map<String, String> parameters) {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      out.append(p.placeholder() ? parameters.get(p.text()) : p.text());
    }
    return out.toString();
  }

  private static List<Part> parts(String key, String text) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
      } else if (c == '{') {
        int close = text.indexOf('}', i);
        String name = close < 0 ? "" : text.substring(i + 1, close);
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
          throw new IllegalArgumentException(
              "mail template " + key + ": bad placeholder at character " + i);
        }
        parts.add(new Part(literal.toString(), false));
        literal.setLength(0);
        parts.add(new Part(name, true));
        i = close + 1;
      } else if (c == '}') {
        throw new IllegalArgumentException(
            "mail template " + key + ": lone '}' at character " + i + " (write '}}')");
      } else {
        literal.append(c);
        i++;
      }
    }
    parts.add(new Part(literal.toString(), false));
    return List.copyOf(parts);
  }
}
