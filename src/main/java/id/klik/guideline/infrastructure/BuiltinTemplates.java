package id.klik.guideline.infrastructure;

import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The templates built into KLIK, authored from the domain notes, each with a source note. Listed
 * here rather than discovered because a classpath folder cannot be listed reliably inside a WAR.
 */
public final class BuiltinTemplates {

  public static final String FOLDER = "/guideline/builtin/";

  public static final List<String> FILES =
      List.of(
          "design-thinking-1.0.0.yaml",
          "lan-laboratorium-inovasi-1.0.0.yaml",
          "oecd-opsi-lifecycle-1.0.0.yaml",
          "iid-index-2023-2023.1.yaml",
          "iid-index-2026-2026.1.yaml",
          "iid-innovation-profile-2023.1.yaml",
          "kipp-proposal-2021.1.yaml",
          "city-competition-rubric-1.0.0.yaml");

  private BuiltinTemplates() {}

  /** Reads every built-in template; a broken one is a build defect, so it fails loudly. */
  public static List<Template> load(TemplateReader reader) {
    return FILES.stream().map(file -> reader.read(file, text(file)).orThrow()).toList();
  }

  /** The YAML text of one built-in template file. */
  public static String text(String file) {
    try (InputStream in = BuiltinTemplates.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("Built-in template missing from the classpath: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
