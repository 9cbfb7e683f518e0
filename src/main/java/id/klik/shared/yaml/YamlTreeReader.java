package id.klik.shared.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.klik.shared.domain.ControlCharacters;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML text through SnakeYAML's node API (not its object constructor) so that every value
 * keeps the line it came from. Thread-safe: each call builds its own parser.
 */
final class YamlTreeReader {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final CoreSchemaResolver RESOLVER = new CoreSchemaResolver();

  YamlTree read(String fileName, String yamlText) {
    List<YamlProblem> problems = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    if (YamlLimits.tooLarge(yamlText)) {
      problems.add(YamlLimits.tooLargeProblem(fileName));
      return new YamlTree(MissingNode.getInstance(), lines, problems);
    }
    OptionalInt control = ControlCharacters.firstIn(yamlText);
    if (control.isPresent()) {
      problems.add(YamlSyntaxMessages.controlCharacter(fileName, yamlText, control.getAsInt()));
      return new YamlTree(MissingNode.getInstance(), lines, problems);
    }
    Node root;
    try {
      root = compose(yamlText == null ? "" : yamlText);
    } catch (MarkedYAMLException e) {
      problems.add(YamlSyntaxMessages.problem(fileName, e));
      return new YamlTree(MissingNode.getInstance(), lines, problems);
    } catch (YAMLException e) {
      problems.add(YamlSyntaxMessages.problem(fileName, e));
      return new YamlTree(MissingNode.getInstance(), lines, problems);
    }
    if (root == null) {
      problems.add(
          new YamlProblem(
              fileName,
              0,
              "",
              "Berkas kosong: tidak ada isi yang bisa dibaca.",
              "The file is empty."));
      return new YamlTree(MissingNode.getInstance(), lines, problems);
    }
    Conversion conversion = new Conversion(fileName, lines, problems);
    try {
      JsonNode document = conversion.toJson(root, "", root.getStartMark().getLine() + 1, 1);
      return new YamlTree(document, lines, problems);
    } catch (LimitExceeded e) {
      // the partial tree is worthless and checking it would only repeat the cost
      problems.add(e.problem);
      return new YamlTree(MissingNode.getInstance(), lines, problems);
    }
  }

  private static Node compose(String yamlText) {
    LoaderOptions options = YamlLimits.loaderOptions();
    ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(yamlText)), options);
    return new Composer(parser, RESOLVER, options).getSingleNode();
  }

  /** Stops a conversion that went past {@link YamlLimits}. */
  private static final class LimitExceeded extends RuntimeException {
    private final transient YamlProblem problem;

    LimitExceeded(YamlProblem problem) {
      super(problem.messageEn(), null, false, false);
      this.problem = problem;
    }
  }

  /**
   * One tree conversion; tracks the nodes being converted to stop on anchors that loop, and counts
   * values as they are expanded: an alias is converted again each time it is used, so this count,
   * not the text's size, is what a file full of aliases costs.
   */
  private static final class Conversion {
    private final String fileName;
    private final Map<String, Integer> lines;
    private final List<YamlProblem> problems;
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int values;

    Conversion(String fileName, Map<String, Integer> lines, List<YamlProblem> problems) {
      this.fileName = fileName;
      this.lines = lines;
      this.problems = problems;
    }

    JsonNode toJson(Node node, String pointer, int line, int depth) {
      if (++values > YamlLimits.MAX_VALUES) {
        throw new LimitExceeded(
            YamlLimits.tooManyValues(fileName, line, YamlPointers.toField(pointer)));
      }
      if (depth > YamlLimits.MAX_DEPTH && !(node instanceof ScalarNode)) {
        throw new LimitExceeded(YamlLimits.tooDeep(fileName, line, YamlPointers.toField(pointer)));
      }
      lines.putIfAbsent(pointer, line);
      if (!inProgress.add(node)) {
        problems.add(
            new YamlProblem(
                fileName,
                line,
                YamlPointers.toField(pointer),
                "Nilai ini merujuk pada dirinya sendiri (anchor/alias melingkar).",
                "This value refers to itself (a looping anchor/alias)."));
        return JSON.nullNode();
      }
      try {
        if (node instanceof MappingNode mapping) {
          return toObject(mapping, pointer, depth);
        }
        if (node instanceof SequenceNode sequence) {
          return toArray(sequence, pointer, depth);
        }
        ScalarNode scalar = (ScalarNode) node;
        requirePlainText(scalar.getValue(), pointer, line);
        return toScalar(scalar);
      } finally {
        inProgress.remove(node);
      }
    }

    /** A control character can only come from an escape such as "\\0"; it is never meant. */
    private void requirePlainText(String text, String pointer, int line) {
      ControlCharacters.firstIn(text)
          .ifPresent(
              at ->
                  problems.add(
                      YamlLimits.controlCharacter(fileName, line, pointer, text.charAt(at))));
    }

    private ObjectNode toObject(MappingNode mapping, String pointer, int depth) {
      ObjectNode object = JSON.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        int keyLine = keyNode.getStartMark().getLine() + 1;
        if (!(keyNode instanceof ScalarNode scalarKey)) {
          problems.add(
              new YamlProblem(
                  fileName,
                  keyLine,
                  YamlPointers.toField(pointer),
                  "Nama kolom harus berupa teks biasa.",
                  "A field name must be plain text."));
          continue;
        }
        String key = scalarKey.getValue();
        String childPointer = pointer + "/" + YamlPointers.escape(key);
        requirePlainText(key, childPointer, keyLine);
        if (object.has(key)) {
          problems.add(
              new YamlProblem(
                  fileName,
                  keyLine,
                  YamlPointers.toField(childPointer),
                  "Kolom '"
                      + key
                      + "' ditulis dua kali (pertama di baris "
                      + lines.get(childPointer)
                      + "); hapus salah satunya.",
                  "Field '"
                      + key
                      + "' is written twice (first on line "
                      + lines.get(childPointer)
                      + "); remove one of them."));
          continue;
        }
        object.set(key, toJson(tuple.getValueNode(), childPointer, keyLine, depth + 1));
      }
      return object;
    }

    private ArrayNode toArray(SequenceNode sequence, String pointer, int depth) {
      ArrayNode array = JSON.arrayNode();
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        array.add(toJson(item, pointer + "/" + i, item.getStartMark().getLine() + 1, depth + 1));
      }
      return array;
    }

    private static JsonNode toScalar(ScalarNode scalar) {
      String text = scalar.getValue();
      Tag tag = scalar.getTag();
      if (Tag.NULL.equals(tag)) {
        return JSON.nullNode();
      }
      if (Tag.BOOL.equals(tag)) {
        return JSON.booleanNode(text.equalsIgnoreCase("true"));
      }
      if (Tag.INT.equals(tag)) {
        return toInteger(text);
      }
      if (Tag.FLOAT.equals(tag)) {
        return toDecimal(text);
      }
      return JSON.textNode(text);
    }

    private static JsonNode toInteger(String text) {
      BigInteger value;
      if (text.startsWith("0x")) {
        value = new BigInteger(text.substring(2), 16);
      } else if (text.startsWith("0o")) {
        value = new BigInteger(text.substring(2), 8);
      } else {
        value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
      }
      if (value.bitLength() < 32) {
        return JSON.numberNode(value.intValue());
      }
      return value.bitLength() < 64 ? JSON.numberNode(value.longValue()) : JSON.numberNode(value);
    }

    private static JsonNode toDecimal(String text) {
      String lower = text.toLowerCase();
      if (lower.endsWith(".nan")) {
        return JSON.numberNode(Double.NaN);
      }
      if (lower.endsWith(".inf")) {
        return JSON.numberNode(
            lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
      }
      // a double keeps 0.75 + 0.75 = 1.5 exact enough for weights and compares like JSON numbers
      return JSON.numberNode(new BigDecimal(text).doubleValue());
    }
  }
}
