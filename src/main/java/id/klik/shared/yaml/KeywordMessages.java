package id.klik.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Plain-words messages, one per JSON Schema keyword, in Bahasa Indonesia and English. */
final class KeywordMessages {

  record Text(String indonesian, String english) {}

  private KeywordMessages() {}

  static Text describe(ValidationMessage message, JsonNode holder, JsonNode document, String at) {
    JsonNode value =
        message.getInstanceNode() != null ? message.getInstanceNode() : document.at(at);
    String property = message.getProperty();
    Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
    String limit = args.length > 0 ? String.valueOf(args[0]) : "";
    return switch (message.getType()) {
      case "required" -> missingField(property, holder);
      case "additionalProperties", "unevaluatedProperties" -> unknownField(property, holder, value);
      case "type", "unionType" -> wrongType(value, holder.path("type"));
      case "enum" -> notAllowed(value, holder.path("enum"));
      case "const" ->
          new Text(
              "Nilai harus " + show(holder.path("const")) + ".",
              "The value must be " + show(holder.path("const")) + ".");
      case "pattern" ->
          new Text(
              "Nilai " + show(value) + " tidak sesuai format yang diharapkan (pola " + limit + ").",
              "The value "
                  + show(value)
                  + " does not have the expected form (pattern "
                  + limit
                  + ").");
      case "format" -> badFormat(value, limit);
      case "minLength" ->
          new Text(
              "Teks terlalu pendek: minimal " + limit + " karakter.",
              "The text is too short: at least " + limit + " characters.");
      case "maxLength" ->
          new Text(
              "Teks terlalu panjang: maksimal " + limit + " karakter.",
              "The text is too long: at most " + limit + " characters.");
      case "minimum" ->
          new Text(
              "Nilai " + show(value) + " terlalu kecil: minimal " + limit + ".",
              "The value " + show(value) + " is too small: the minimum is " + limit + ".");
      case "maximum" ->
          new Text(
              "Nilai " + show(value) + " terlalu besar: maksimal " + limit + ".",
              "The value " + show(value) + " is too large: the maximum is " + limit + ".");
      case "exclusiveMinimum" ->
          new Text(
              "Nilai " + show(value) + " harus lebih besar dari " + limit + ".",
              "The value " + show(value) + " must be greater than " + limit + ".");
      case "exclusiveMaximum" ->
          new Text(
              "Nilai " + show(value) + " harus lebih kecil dari " + limit + ".",
              "The value " + show(value) + " must be less than " + limit + ".");
      case "multipleOf" ->
          new Text(
              "Nilai " + show(value) + " harus kelipatan " + limit + ".",
              "The value " + show(value) + " must be a multiple of " + limit + ".");
      case "minItems" ->
          new Text(
              "Daftar harus berisi minimal " + limit + " butir (sekarang " + value.size() + ").",
              "The list must have at least " + limit + " items (it has " + value.size() + ").");
      case "maxItems" ->
          new Text(
              "Daftar boleh berisi maksimal " + limit + " butir (sekarang " + value.size() + ").",
              "The list may have at most " + limit + " items (it has " + value.size() + ").");
      case "uniqueItems" ->
          new Text(
              "Daftar berisi butir yang sama lebih dari sekali.",
              "The list contains the same item more than once.");
      case "minProperties" ->
          new Text(
              "Isikan minimal " + limit + " kolom di sini.",
              "Fill in at least " + limit + " fields here.");
      case "maxProperties" ->
          new Text(
              "Isikan maksimal " + limit + " kolom di sini.",
              "Fill in at most " + limit + " fields here.");
      case "oneOf", "anyOf" -> noAlternativeFits(message, holder.path(message.getType()));
      case "dependentRequired" ->
          new Text(
              "Kolom '"
                  + property
                  + "' wajib diisi bila kolom '"
                  + (args.length > 1 ? args[1] : "")
                  + "' diisi.",
              "Field '"
                  + property
                  + "' is required when field '"
                  + (args.length > 1 ? args[1] : "")
                  + "' is filled in.");
      case "false", "not" ->
          new Text("Nilai ini tidak diizinkan di sini.", "This value is not allowed here.");
      default ->
          new Text(
              "Nilai tidak valid (" + message.getMessage() + ").",
              "The value is not valid (" + message.getMessage() + ").");
    };
  }

  private static Text missingField(String property, JsonNode holder) {
    boolean bilingualText =
        "id".equals(property)
            && holder.path("properties").has("en")
            && holder.path("properties").size() == 2;
    if (bilingualText) {
      return new Text(
          "Teks Bahasa Indonesia ('id') wajib diisi; 'en' boleh ditambahkan.",
          "The Bahasa Indonesia text ('id') is required; 'en' is optional.");
    }
    return new Text(
        "Kolom '" + property + "' wajib diisi.", "Field '" + property + "' is required.");
  }

  private static Text unknownField(String property, JsonNode holder, JsonNode parent) {
    String suggestion =
        SpellingSuggestion.closest(property, holder.path("properties").fieldNames());
    String id = "Kolom '" + property + "' tidak dikenal — periksa ejaannya.";
    String en = "Unknown field '" + property + "' — check the spelling.";
    if (suggestion != null) {
      id += " Mungkin maksudnya '" + suggestion + "'?";
      en += " Did you mean '" + suggestion + "'?";
    } else if (property.contains(" ") || parent.path(property).isNull()) {
      // a comma inside {id: a, b} splits the text; the rest looks like a field name
      id += " Bila ini bagian dari teks di dalam { }, beri tanda kutip pada teksnya.";
      en += " If this is part of a text written inside { }, put the text in quotes.";
    }
    return new Text(id, en);
  }

  private static Text wrongType(JsonNode value, JsonNode expected) {
    List<String> types = new ArrayList<>();
    if (expected.isArray()) {
      expected.forEach(t -> types.add(t.asText()));
    } else {
      types.add(expected.asText());
    }
    String found = jsonType(value);
    if ("null".equals(found)) {
      return new Text(
          "Kolom ini kosong; isi dengan "
              + String.join(" atau ", types.stream().map(t -> typeName(t, true)).toList())
              + ".",
          "This field is empty; fill it in with "
              + String.join(" or ", types.stream().map(t -> typeName(t, false)).toList())
              + ".");
    }
    String idExpected =
        types.stream().map(t -> typeName(t, true)).collect(Collectors.joining(" atau "));
    String enExpected =
        types.stream().map(t -> typeName(t, false)).collect(Collectors.joining(" or "));
    String id = "Nilai harus berupa " + idExpected + ", bukan " + typeName(found, true) + ".";
    String en = "The value must be " + enExpected + ", not " + typeName(found, false) + ".";
    if (types.contains("string") && (value.isNumber() || value.isBoolean())) {
      // e.g. version: 2024.1 is read as a number; quoting keeps it as written
      id += " Tulis nilainya di antara tanda kutip, mis. \"" + value.asText() + "\".";
      en += " Put the value in quotes, e.g. \"" + value.asText() + "\".";
    }
    return new Text(id, en);
  }

  private static Text notAllowed(JsonNode value, JsonNode allowed) {
    List<String> choices = new ArrayList<>();
    allowed.forEach(choice -> choices.add(show(choice)));
    String list = String.join(", ", choices);
    return new Text(
        "Nilai " + show(value) + " tidak diizinkan. Pilihan yang diizinkan: " + list + ".",
        "The value " + show(value) + " is not allowed. Allowed values: " + list + ".");
  }

  private static Text badFormat(JsonNode value, String format) {
    return switch (format) {
      case "date" ->
          new Text(
              "Nilai " + show(value) + " bukan tanggal yang valid; tulis seperti 2025-06-30.",
              "The value " + show(value) + " is not a valid date; write it like 2025-06-30.");
      case "date-time" ->
          new Text(
              "Nilai "
                  + show(value)
                  + " bukan waktu yang valid; tulis seperti 2025-06-30T09:00:00+07:00.",
              "The value "
                  + show(value)
                  + " is not a valid date and time; write it like"
                  + " 2025-06-30T09:00:00+07:00.");
      case "email" ->
          new Text(
              "Nilai " + show(value) + " bukan alamat email yang valid.",
              "The value " + show(value) + " is not a valid email address.");
      case "uri", "iri" ->
          new Text(
              "Nilai " + show(value) + " bukan alamat web yang valid (mis. https://...).",
              "The value " + show(value) + " is not a valid web address (e.g. https://...).");
      default ->
          new Text(
              "Nilai " + show(value) + " tidak sesuai format " + format + ".",
              "The value " + show(value) + " does not match the format " + format + ".");
    };
  }

  private static Text noAlternativeFits(ValidationMessage message, JsonNode alternatives) {
    Object[] args = message.getArguments();
    boolean tooMany = args != null && args.length > 0 && !"0".equals(String.valueOf(args[0]));
    if ("oneOf".equals(message.getType()) && tooMany) {
      return new Text(
          "Nilai cocok dengan lebih dari satu bentuk yang diizinkan; pilih satu.",
          "The value matches more than one allowed form; choose one.");
    }
    List<String> types = new ArrayList<>();
    alternatives.forEach(a -> types.add(a.path("type").asText("")));
    if (!types.isEmpty() && types.stream().noneMatch(String::isEmpty)) {
      return new Text(
          "Nilai harus berupa "
              + types.stream()
                  .map(t -> typeName(t, true))
                  .distinct()
                  .collect(Collectors.joining(" atau "))
              + ".",
          "The value must be "
              + types.stream()
                  .map(t -> typeName(t, false))
                  .distinct()
                  .collect(Collectors.joining(" or "))
              + ".");
    }
    return new Text(
        "Nilai tidak sesuai dengan satu pun bentuk yang diizinkan.",
        "The value does not match any of the allowed forms.");
  }

  static String typeName(String jsonType, boolean indonesian) {
    return switch (jsonType) {
      case "string" -> indonesian ? "teks" : "text";
      case "integer" -> indonesian ? "bilangan bulat" : "a whole number";
      case "number" -> indonesian ? "angka" : "a number";
      case "boolean" -> indonesian ? "true/false" : "true/false";
      case "object" -> indonesian ? "kumpulan kolom" : "a group of fields";
      case "array" -> indonesian ? "daftar" : "a list";
      case "null" -> indonesian ? "kosong" : "empty";
      default -> jsonType;
    };
  }

  private static String jsonType(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "null";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isObject()) {
      return "object";
    }
    return value.isArray() ? "array" : "string";
  }

  static String show(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "(kosong/empty)";
    }
    String text = value.isValueNode() ? value.asText() : value.toString();
    if (text.length() > 40) {
      text = text.substring(0, 37) + "...";
    }
    return "'" + text + "'";
  }
}
