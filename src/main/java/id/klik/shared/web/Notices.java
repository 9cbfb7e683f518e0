package id.klik.shared.web;

import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.ValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Messages a page shows after an action, in the request's language: a confirmation, or what went
 * wrong with each field named.
 */
public final class Notices {

  private Notices() {}

  public static String text(String key, Object... args) {
    return Messages.get(RequestInfo.locale(), key, args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  /** One message per problem of a validation error, else the error's own message. */
  public static void error(KlikException e) {
    if (e instanceof ValidationException v) {
      v.problems()
          .forEach(
              p ->
                  add(
                      FacesMessage.SEVERITY_ERROR,
                      (p.field() == null || p.field().isBlank() ? "" : p.field() + ": ")
                          + text(p.messageKey(), p.args().toArray())));
    } else {
      add(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args()));
    }
  }

  /**
   * One message per problem in the person's words alone, for forms whose fields carry their own
   * labels on the page (no field names in front).
   */
  public static void problems(KlikException e) {
    if (e instanceof ValidationException v) {
      v.problems()
          .forEach(p -> add(FacesMessage.SEVERITY_ERROR, text(p.messageKey(), p.args().toArray())));
    } else {
      add(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args()));
    }
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
