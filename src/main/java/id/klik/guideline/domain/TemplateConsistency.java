package id.klik.guideline.domain;

import com.fasterxml.jackson.databind.JsonNode;
import id.klik.shared.yaml.YamlProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a template that a JSON Schema cannot express: ids unique within each list (versions
 * are compared by them), rubric weights adding up to the rubric's total, an index model's levels,
 * numbers and maximum scores agreeing with each other. Run after reading a file and after a merge;
 * problems are reported, never fixed.
 */
final class TemplateConsistency {

  /** Where a JSON pointer is in the source text; 0 when there is no source text. */
  @FunctionalInterface
  interface Lines {
    int lineOf(String pointer);
  }

  private final String file;
  private final Lines lines;
  private final List<YamlProblem> problems = new ArrayList<>();

  private TemplateConsistency(String file, Lines lines) {
    this.file = file;
    this.lines = lines;
  }

  static List<YamlProblem> check(String file, Template template, Lines lines) {
    TemplateConsistency check = new TemplateConsistency(file, lines);
    JsonNode tree = template.tree();
    check.uniqueIds(tree, "");
    if (template.body() instanceof RubricBody rubric) {
      check.rubric(rubric);
    } else if (template.body() instanceof IndexModelBody model) {
      new IndexModelConsistency(check::report).check(model);
    }
    return check.problems;
  }

  void report(String pointer, String field, String indonesian, String english) {
    problems.add(new YamlProblem(file, lines.lineOf(pointer), field, indonesian, english));
  }

  private void uniqueIds(JsonNode node, String pointer) {
    if (node.isArray()) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < node.size(); i++) {
        JsonNode id = node.get(i).path("id");
        if (id.isTextual() && seen.putIfAbsent(id.asText(), i) != null) {
          report(
              pointer + "/" + i + "/id",
              fieldOf(pointer) + "[" + i + "].id",
              "Id '"
                  + id.asText()
                  + "' sudah dipakai di daftar ini (butir ke-"
                  + (seen.get(id.asText()) + 1)
                  + "); setiap butir perlu id sendiri.",
              "Id '"
                  + id.asText()
                  + "' is already used in this list (item "
                  + (seen.get(id.asText()) + 1)
                  + "); every item needs its own id.");
        }
        uniqueIds(node.get(i), pointer + "/" + i);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        uniqueIds(field.getValue(), pointer + "/" + field.getKey());
      }
    }
  }

  private void rubric(RubricBody rubric) {
    BigDecimal sum = rubric.weightSum();
    if (sum.compareTo(rubric.weightTotal()) != 0) {
      report(
          "/criteria",
          "criteria",
          "Jumlah bobot kriteria "
              + plain(sum)
              + ", seharusnya "
              + plain(rubric.weightTotal())
              + ". Sesuaikan bobotnya.",
          "The criteria weights add up to "
              + plain(sum)
              + " instead of "
              + plain(rubric.weightTotal())
              + ". Adjust the weights.");
    }
    Set<BigDecimal> scores = new HashSet<>();
    rubric.scale().levels().forEach(level -> scores.add(level.score().stripTrailingZeros()));
    for (int c = 0; c < rubric.criteria().size(); c++) {
      List<RubricBody.Descriptor> descriptors = rubric.criteria().get(c).descriptors();
      for (int d = 0; d < descriptors.size(); d++) {
        BigDecimal score = descriptors.get(d).score();
        if (!scores.contains(score.stripTrailingZeros())) {
          report(
              "/criteria/" + c + "/descriptors/" + d + "/score",
              "criteria[" + c + "].descriptors[" + d + "].score",
              "Skor " + plain(score) + " tidak ada pada skala rubrik.",
              "Score " + plain(score) + " is not on the rubric's scale.");
        }
      }
    }
  }

  static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  private static String fieldOf(String pointer) {
    return pointer.isEmpty()
        ? ""
        : pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
  }
}
