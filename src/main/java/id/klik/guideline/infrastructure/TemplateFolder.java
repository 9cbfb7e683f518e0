package id.klik.guideline.infrastructure;

import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateReading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Reads every {@code *.yaml} template in a folder, such as {@code tenants/<slug>/templates/}. */
public final class TemplateFolder {

  private final Path folder;

  public TemplateFolder(Path folder) {
    this.folder = folder;
  }

  /** Each file's reading, by file name, in name order; problems are reported, not thrown. */
  public Map<String, TemplateReading> read(TemplateReader reader) {
    Map<String, TemplateReading> readings = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      return readings;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        readings.put(
            file.getFileName().toString(), reader.read(file.getFileName().toString(), text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read templates in " + folder, e);
    }
    return readings;
  }
}
