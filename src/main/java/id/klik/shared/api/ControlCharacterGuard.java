package id.klik.shared.api;

import id.klik.shared.domain.ControlCharacters;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Refuses control characters (NUL, bell, escape, ...) in everything a caller sends: query and path
 * parameters, a text body (YAML, CSV), and every text inside a JSON body once it is read. Checked
 * here, before any rule or the database sees the value, so that the answer is a 400 naming the
 * field (or the line of a file) instead of a failure when the change is written: PostgreSQL refuses
 * a NUL in text.
 */
@Provider
public class ControlCharacterGuard implements ContainerRequestFilter, ReaderInterceptor {

  @Override
  public void filter(ContainerRequestContext request) {
    check(request.getUriInfo().getQueryParameters());
    check(request.getUriInfo().getPathParameters());
  }

  private static void check(Map<String, List<String>> parameters) {
    parameters.forEach(
        (name, values) -> {
          for (String value : values) {
            OptionalInt at = ControlCharacters.firstIn(value);
            if (at.isPresent()) {
              throw ValidationException.of(
                  name,
                  "error.controlCharacter",
                  ControlCharacters.name(value.charAt(at.getAsInt())));
            }
          }
        });
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object entity = context.proceed();
    if (entity instanceof String text) {
      OptionalInt at = ControlCharacters.firstIn(text);
      if (at.isPresent()) {
        int index = at.getAsInt();
        throw new ValidationException(
            List.of(
                FieldProblem.atLine(
                    ControlCharacters.lineOf(text, index),
                    "body",
                    "error.controlCharacterAtLine",
                    ControlCharacters.name(text.charAt(index)),
                    ControlCharacters.lineOf(text, index))));
      }
    } else {
      walk(entity, "", 0);
    }
    return entity;
  }

  /** Looks into the records, lists and maps JSON-B builds from a body; DTOs are records. */
  private static void walk(Object value, String path, int depth) {
    if (value == null || depth > 32) {
      return;
    }
    if (value instanceof String text) {
      OptionalInt at = ControlCharacters.firstIn(text);
      if (at.isPresent()) {
        throw ValidationException.of(
            path.isEmpty() ? "body" : path,
            "error.controlCharacter",
            ControlCharacters.name(text.charAt(at.getAsInt())));
      }
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            String key = String.valueOf(k);
            walk(key, path, depth + 1);
            walk(v, path.isEmpty() ? key : path + "." + key, depth + 1);
          });
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
        Method accessor = component.getAccessor();
        if (!accessor.trySetAccessible()) {
          continue; // a record the API cannot look into is no DTO of ours
        }
        try {
          walk(accessor.invoke(value), name, depth + 1);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read record component " + name, e);
        }
      }
    }
  }
}
