package id.klik.proposal.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a section holds: its text, and the values of its fields when the form gives it typed fields
 * (the IID profile's identity: name, stage, dates …).
 */
public record SectionContent(String text, Map<String, String> fields) {

  public static final SectionContent EMPTY = new SectionContent("", Map.of());

  public SectionContent {
    text = text == null ? "" : text;
    fields = fields == null ? Map.of() : Map.copyOf(new TreeMap<>(stripNulls(fields)));
  }

  private static Map<String, String> stripNulls(Map<String, String> in) {
    Map<String, String> out = new TreeMap<>();
    in.forEach(
        (k, v) -> {
          if (k != null && v != null && !v.isBlank()) {
            out.put(k, v.strip());
          }
        });
    return out;
  }

  public String field(String id) {
    return fields.getOrDefault(id, "");
  }

  /**
   * The section as one text to compare and to read aloud: its fields as "id: value" lines, then its
   * text.
   */
  public String asText() {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(fields).forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
    return out.append(text).toString().strip();
  }
}
