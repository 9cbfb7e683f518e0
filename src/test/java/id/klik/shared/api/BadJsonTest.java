package id.klik.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadJsonTest {

  private static JsonLocation at(long line, long column) {
    return new JsonLocation() {
      @Override
      public long getLineNumber() {
        return line;
      }

      @Override
      public long getColumnNumber() {
        return column;
      }

      @Override
      public long getStreamOffset() {
        return 0;
      }
    };
  }

  private static FieldProblem onlyProblem(Throwable failure) {
    ValidationException e = BadJson.of(failure);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void brokenJsonNamesLineAndColumn() {
    Throwable failure =
        new ProcessingException(
            "Error deserializing object from entity stream.",
            new JsonbException(
                "Internal error: Invalid token=EOF",
                new JsonParsingException(
                    "Invalid token=EOF at (line no=1, column no=3)", at(1, 3))));

    assertThat(onlyProblem(failure))
        .isEqualTo(FieldProblem.atLine(1, "body", "error.badJson.syntax", 1L, 3L));
  }

  @Test
  void aValueOfTheWrongTypeNamesItsFieldWhenTheLibraryDoes() {
    Throwable failure =
        new ProcessingException(
            "Error deserializing object from entity stream.",
            new JsonbException(
                "Unable to deserialize property 'code' because of: Incorrect position for"
                    + " processing type: class java.lang.String. Received event: START_OBJECT"));

    assertThat(onlyProblem(failure))
        .isEqualTo(FieldProblem.of("code", "error.badJson.field", "code"));
  }

  @Test
  void otherwiseTheBodyIsNamedAndNoLibraryTextIsKept() {
    FieldProblem problem =
        onlyProblem(new JsonbException("Internal error: Invalid UUID string: java.lang.Foo"));

    assertThat(problem.field()).isEqualTo("body");
    assertThat(problem.messageKey()).isEqualTo("error.badJson.shape");
    assertThat(problem.args()).isEqualTo(List.of());
  }
}
