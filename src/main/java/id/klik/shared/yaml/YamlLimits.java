package id.klik.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import id.klik.shared.domain.ControlCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How large a YAML document (or a tree edited as JSON) the app reads, the same for every file it
 * reads: templates, drafts, tenant manifests, template checks.
 *
 * <p>Why each bound: the text size bounds memory and parse time; an alias {@code *a} repeats what
 * its anchor {@code &a} holds, so a few hundred bytes of nested aliases expand to millions of
 * values ("billion laughs") and only a bound on the expanded values stops that; the depth bounds
 * recursion. The limits are about ten times the largest template KLIK ships (iid-index-2026: 18 KB,
 * 1,695 values, 11 levels), so real files never meet them.
 */
public final class YamlLimits {

  /** Characters (Unicode code points) in one document. */
  public static final int MAX_CHARACTERS = 256 * 1024;

  /** Values in the document once every alias is expanded: mappings, lists and scalars. */
  public static final int MAX_VALUES = 20_000;

  /** Levels of mappings and lists inside one another. */
  public static final int MAX_DEPTH = 20;

  /** Aliases that refer to a mapping or a list. */
  public static final int MAX_ALIASES = 50;

  private YamlLimits() {}

  /** The limit in KiB, as messages show it. */
  public static int maxKibibytes() {
    return MAX_CHARACTERS / 1024;
  }

  /** Whether a text is longer than a document may be, counted without reading it as YAML. */
  public static boolean tooLarge(String text) {
    return text != null
        && text.length() > MAX_CHARACTERS
        && text.codePointCount(0, text.length()) > MAX_CHARACTERS;
  }

  static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by us, with both lines, instead of failing
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    // one more than ours: the text is measured first, so SnakeYAML's own limit is only a backstop
    options.setCodePointLimit(MAX_CHARACTERS + 1);
    return options;
  }

  static YamlProblem tooLargeProblem(String fileName) {
    return new YamlProblem(
        fileName,
        0,
        "",
        "Berkas terlalu besar: maksimal " + maxKibibytes() + " KiB teks.",
        "The file is too large: at most " + maxKibibytes() + " KiB of text.");
  }

  static YamlProblem tooManyValues(String fileName, int line, String field) {
    return new YamlProblem(
        fileName,
        line,
        field,
        "Isi berkas terlalu banyak: lebih dari "
            + MAX_VALUES
            + " nilai setelah setiap alias '*' diuraikan. Kurangi alias yang mengulang anchor '&'.",
        "The file holds too much: more than "
            + MAX_VALUES
            + " values once every alias '*' is expanded. Use fewer aliases that repeat an anchor"
            + " '&'.");
  }

  static YamlProblem tooDeep(String fileName, int line, String field) {
    return new YamlProblem(
        fileName,
        line,
        field,
        "Susunan terlalu dalam: maksimal " + MAX_DEPTH + " tingkat kolom dan daftar bertingkat.",
        "The structure is nested too deeply: at most "
            + MAX_DEPTH
            + " levels of fields and lists.");
  }

  static YamlProblem tooManyAliases(String fileName, int line) {
    return new YamlProblem(
        fileName,
        line,
        "",
        "Terlalu banyak alias '*': maksimal " + MAX_ALIASES + ".",
        "Too many aliases '*': at most " + MAX_ALIASES + ".");
  }

  /**
   * Checks a tree that was not read from YAML text (an edit sent as JSON, a merge result) against
   * the same limits, and for control characters in its texts, as the reader checks a file.
   */
  static List<YamlProblem> problemsIn(String label, JsonNode tree) {
    TreeWalk walk = new TreeWalk(label);
    walk.visit(tree, "", 1);
    return walk.problems;
  }

  private static final class TreeWalk {
    private final String label;
    private final List<YamlProblem> problems = new ArrayList<>();
    private int values;

    TreeWalk(String label) {
      this.label = label;
    }

    /** Returns false once a limit is met: the rest of the tree is not looked at. */
    boolean visit(JsonNode node, String pointer, int depth) {
      if (++values > MAX_VALUES) {
        problems.add(tooManyValues(label, 0, YamlPointers.toField(pointer)));
        return false;
      }
      if (node.isTextual()) {
        text(node.textValue(), pointer);
      }
      if (!node.isContainerNode()) {
        return true;
      }
      if (depth > MAX_DEPTH) {
        problems.add(tooDeep(label, 0, YamlPointers.toField(pointer)));
        return false;
      }
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          if (!visit(node.get(i), pointer + "/" + i, depth + 1)) {
            return false;
          }
        }
        return true;
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = pointer + "/" + YamlPointers.escape(field.getKey());
        text(field.getKey(), child);
        if (!visit(field.getValue(), child, depth + 1)) {
          return false;
        }
      }
      return true;
    }

    private void text(String text, String pointer) {
      ControlCharacters.firstIn(text)
          .ifPresent(at -> problems.add(controlCharacter(label, 0, pointer, text.charAt(at))));
    }
  }

  static YamlProblem controlCharacter(String fileName, int line, String pointer, char c) {
    return new YamlProblem(
        fileName,
        line,
        YamlPointers.toField(pointer),
        "Teks berisi karakter kendali " + ControlCharacters.name(c) + "; hapus karakter itu.",
        "The text contains the control character " + ControlCharacters.name(c) + "; remove it.");
  }
}
