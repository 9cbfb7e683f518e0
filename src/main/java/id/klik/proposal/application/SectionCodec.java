package id.klik.proposal.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** A section's field values as stored (a JSON object of strings). */
final class SectionCodec {

  private SectionCodec() {}

  static String write(Map<String, String> fields) {
    if (fields == null || fields.isEmpty()) {
      return null;
    }
    JsonObjectBuilder b = Json.createObjectBuilder();
    new TreeMap<>(fields).forEach(b::add);
    return b.build().toString();
  }

  static Map<String, String> read(String json) {
    Map<String, String> out = new TreeMap<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      o.forEach(
          (k, v) -> {
            if (v instanceof JsonString s) {
              out.put(k, s.getString());
            }
          });
    }
    return out;
  }
}
