package id.klik.guideline.web;

import com.fasterxml.jackson.databind.JsonNode;

/** A changed value as one short line: a text as it is, a number, or an object by its title. */
final class ChangeValues {

  private static final int MAX = 160;

  private ChangeValues() {}

  static String shortText(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    String text;
    if (value.isValueNode()) {
      text = value.asText();
    } else if (value.has("title")) {
      text =
          shortText(
              value.get("title").has("id") ? value.get("title").get("id") : value.get("title"));
    } else if (value.has("text")) {
      text =
          shortText(value.get("text").has("id") ? value.get("text").get("id") : value.get("text"));
    } else if (value.has("id") && value.get("id").isTextual()) {
      text = value.get("id").asText();
    } else {
      text = value.toString();
    }
    return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
  }
}
