package id.klik.tenancy.domain;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.yaml.YamlProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant asked for through the API or console that breaks the manifest schema or rules. Each
 * schema problem already comes in both languages, so it travels as the arguments of {@code
 * manifest.problem}; its field is named as the request names it ({@code admins[0].email}, not the
 * manifest's {@code members[0].email}).
 */
public class InvalidManifestException extends ValidationException {

  public InvalidManifestException(List<YamlProblem> schemaProblems, List<FieldProblem> others) {
    super(combine(schemaProblems, others));
  }

  private static List<FieldProblem> combine(List<YamlProblem> schema, List<FieldProblem> others) {
    List<FieldProblem> all = new ArrayList<>(others);
    for (YamlProblem p : schema) {
      String field = requestField(p.field());
      boolean known = all.stream().anyMatch(f -> f.field().equals(field));
      if (!known) { // a bad e-mail also breaks the username made from it: say it once
        all.add(
            new FieldProblem(0, field, "manifest.problem", List.of(p.messageId(), p.messageEn())));
      }
    }
    return all;
  }

  /** The manifest's field as the request calls it. */
  static String requestField(String manifestField) {
    String f = manifestField.replaceFirst("^members\\[", "admins[");
    if (f.startsWith("admins[") && f.endsWith("].username")) {
      f = f.substring(0, f.length() - "username".length()) + "email";
    }
    return f.replaceFirst("^branding\\.", "");
  }
}
