package id.klik.shared.yaml;

import id.klik.shared.domain.ControlCharacters;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Explains SnakeYAML's syntax errors in plain words. SnakeYAML only speaks English and parser
 * jargon ("block end", "mapping values"), so the common cases get a sentence saying what to fix;
 * the rest keep SnakeYAML's own words after a general hint.
 */
final class YamlSyntaxMessages {

  private YamlSyntaxMessages() {}

  static YamlProblem problem(String fileName, MarkedYAMLException error) {
    Mark mark = error.getProblemMark() != null ? error.getProblemMark() : error.getContextMark();
    int line = mark == null ? 0 : mark.getLine() + 1;
    String problem = error.getProblem() == null ? "" : error.getProblem();
    String context = error.getContext() == null ? "" : error.getContext();
    String[] texts = explain(problem, context);
    return new YamlProblem(fileName, line, "", texts[0], texts[1]);
  }

  static YamlProblem problem(String fileName, YAMLException error) {
    String text = error.getMessage() == null ? "" : error.getMessage();
    if (error instanceof ReaderException reader) {
      String character = String.format("U+%04X", reader.getCodePoint());
      return new YamlProblem(
          fileName,
          0,
          "",
          "Berkas berisi karakter yang tidak diizinkan dalam YAML (" + character + ").",
          "The file contains a character YAML does not allow (" + character + ").");
    }
    if (text.contains("Nesting Depth exceeded")) {
      return YamlLimits.tooDeep(fileName, 0, "");
    }
    if (text.contains("Number of aliases")) {
      return YamlLimits.tooManyAliases(fileName, 0);
    }
    if (text.contains("exceeds the limit")) {
      return YamlLimits.tooLargeProblem(fileName);
    }
    return new YamlProblem(
        fileName,
        0,
        "",
        "Berkas tidak dapat dibaca sebagai YAML. Periksa indentasi, tanda titik dua dan tanda"
            + " kutip.",
        "The file cannot be read as YAML. Check indentation, colons and quotes.");
  }

  /** A control character in the text itself, found before SnakeYAML refuses it without a line. */
  static YamlProblem controlCharacter(String fileName, String text, int index) {
    String character = ControlCharacters.name(text.charAt(index));
    return new YamlProblem(
        fileName,
        ControlCharacters.lineOf(text, index),
        "",
        "Baris ini berisi karakter kendali " + character + "; hapus karakter itu.",
        "This line contains the control character " + character + "; remove it.");
  }

  private static String[] explain(String problem, String context) {
    if (problem.contains("(TAB)") || problem.contains("'\\t'")) {
      return texts(
          "Ada karakter TAB; YAML hanya boleh memakai spasi untuk indentasi.",
          "There is a TAB character; YAML only allows spaces for indentation.");
    }
    if (problem.contains("mapping values are not allowed")) {
      return texts(
          "Tanda titik dua ':' tidak diharapkan di sini. Periksa indentasi, atau beri tanda kutip"
              + " pada teks yang mengandung ': '.",
          "A colon ':' is not expected here. Check the indentation, or put text that contains"
              + " ': ' in quotes.");
    }
    if (problem.contains("could not find expected ':'")) {
      return texts(
          "Tanda titik dua ':' setelah nama kolom tidak ditemukan.",
          "The colon ':' after a field name is missing.");
    }
    if (problem.contains("expected <block end>") || context.contains("block mapping")) {
      return texts(
          "Indentasi tidak konsisten: baris ini tidak sejajar dengan kolom di atasnya.",
          "The indentation is inconsistent: this line does not line up with the fields above it.");
    }
    if (problem.contains("found undefined alias")) {
      return texts(
          "Alias '*' merujuk pada anchor '&' yang tidak ada.",
          "An alias '*' refers to an anchor '&' that does not exist.");
    }
    if (problem.contains("expected a single document")) {
      return texts(
          "Berkas berisi lebih dari satu dokumen ('---'); satu berkas hanya boleh satu dokumen.",
          "The file holds more than one document ('---'); one file may hold only one document.");
    }
    if (problem.contains("found unexpected end of stream") || problem.contains("quoted scalar")) {
      return texts("Tanda kutip tidak ditutup.", "A quotation mark is not closed.");
    }
    return texts(
        "Penulisan YAML tidak valid (periksa indentasi, tanda titik dua dan tanda kutip): "
            + problem,
        "The YAML is not well-formed (check indentation, colons and quotes): " + problem);
  }

  private static String[] texts(String indonesian, String english) {
    return new String[] {indonesian, english};
  }
}
