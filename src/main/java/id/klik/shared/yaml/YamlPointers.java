package id.klik.shared.yaml;

/** Turns JSON pointers into the field paths people read, e.g. {@code phases[0].steps[2].title}. */
final class YamlPointers {

  private YamlPointers() {}

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  static String toField(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder field = new StringBuilder();
    for (String segment : pointer.substring(1).split("/", -1)) {
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        field.append('[').append(segment).append(']');
      } else {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(unescape(segment));
      }
    }
    return field.toString();
  }
}
