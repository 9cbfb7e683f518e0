package id.klik.people.domain;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What registering a national mentor takes, checked: a valid e-mail, a name, an institution and
 * their fields of expertise. The username defaults to the e-mail address (lower case), which
 * Keycloak accepts as a login name.
 */
public record MentorProfile(
    String username, String email, String name, String institution, List<String> expertise) {

  static final int MAX_TEXT = 200;
  static final int MAX_EXPERTISE = 20;
  static final int MAX_EXPERTISE_TEXT = 100;
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

  public MentorProfile {
    expertise = List.copyOf(expertise);
  }

  /** Checks every field at once; all problems are named together. */
  public static MentorProfile of(
      String username, String email, String name, String institution, List<String> expertise) {
    List<FieldProblem> problems = new ArrayList<>();
    String mail = trim(email);
    if (mail.isEmpty() || mail.length() > MAX_TEXT || !EMAIL.matcher(mail).matches()) {
      problems.add(FieldProblem.of("email", "mentor.email.invalid", mail));
    }
    String user = trim(username).isEmpty() ? mail.toLowerCase(Locale.ROOT) : trim(username);
    if (!USERNAME.matcher(user).matches()) {
      problems.add(FieldProblem.of("username", "mentor.username.invalid", user));
    }
    String fullName = required(problems, "name", name);
    String inst = required(problems, "institution", institution);
    LinkedHashSet<String> fields = new LinkedHashSet<>();
    for (String e : expertise == null ? List.<String>of() : expertise) {
      String field = trim(e);
      if (field.isEmpty() || field.length() > MAX_EXPERTISE_TEXT) {
        problems.add(FieldProblem.of("expertise", "mentor.expertise.invalid", MAX_EXPERTISE_TEXT));
      } else {
        fields.add(field);
      }
    }
    if (fields.size() > MAX_EXPERTISE) {
      problems.add(FieldProblem.of("expertise", "mentor.expertise.tooMany", MAX_EXPERTISE));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new MentorProfile(user, mail, fullName, inst, List.copyOf(fields));
  }

  private static String required(List<FieldProblem> problems, String field, String value) {
    String v = trim(value);
    if (v.isEmpty()) {
      problems.add(FieldProblem.of(field, "mentor." + field + ".required"));
    } else if (v.length() > MAX_TEXT) {
      problems.add(FieldProblem.of(field, "mentor.tooLong", MAX_TEXT));
    }
    return v;
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
