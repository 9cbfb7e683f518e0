package id.klik.shared.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with a user's input: which field (and, for files, which line) and why.
 *
 * @param line 1-based line in an uploaded file, or 0 when the input is not a file
 */
public record FieldProblem(int line, String field, String messageKey, List<Object> args) {

  public FieldProblem {
    // an argument is often the value the person got wrong, and that may be missing (null)
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  public static FieldProblem of(String field, String messageKey, Object... args) {
    return new FieldProblem(0, field, messageKey, Arrays.asList(args));
  }

  public static FieldProblem atLine(int line, String field, String messageKey, Object... args) {
    return new FieldProblem(line, field, messageKey, Arrays.asList(args));
  }
}
