package id.klik.people.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import id.klik.people.domain.MentorProfile;
import id.klik.shared.yaml.ValidatedYaml;
import id.klik.shared.yaml.YamlSchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code tenants/_platform/national-mentors.yaml}, the national mentors declared for the
 * platform, checked against {@code people/national-mentors.schema.json}. A missing file declares
 * none.
 */
public final class MentorFile {

  public static final String FILE = "_platform/national-mentors.yaml";

  private static final YamlSchemaValidator SCHEMA =
      YamlSchemaValidator.forSchema("/people/national-mentors.schema.json");

  private MentorFile() {}

  /**
   * The declared mentors.
   *
   * @throws IllegalStateException naming every problem when the file is not valid
   */
  public static List<MentorProfile> read(Path tenantsDir) {
    Path file = tenantsDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
    ValidatedYaml yaml = SCHEMA.validate(FILE, text);
    if (!yaml.valid()) {
      throw new IllegalStateException(
          String.join("; ", yaml.problems().stream().map(p -> p.format(Locale.ENGLISH)).toList()));
    }
    List<MentorProfile> mentors = new ArrayList<>();
    for (JsonNode m : yaml.document().path("mentors")) {
      List<String> expertise = new ArrayList<>();
      m.path("expertise").forEach(e -> expertise.add(e.asText()));
      mentors.add(
          MentorProfile.of(
              m.path("username").asText(),
              m.path("email").asText(),
              m.path("name").asText(),
              m.path("institution").asText(),
              expertise));
    }
    return mentors;
  }
}
