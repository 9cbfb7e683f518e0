package id.klik.shared.web;

import id.klik.shared.domain.KlikException;
import id.klik.shared.infrastructure.Failures;
import id.klik.shared.infrastructure.Outages;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the API's exception mapping is for the pages: a failure that escapes a page's action, most
 * often one raised only at commit (a unique key taken by a parallel save, a row changed since it
 * was read, a value the database refuses) or an outage, becomes a message on the same page in the
 * person's language, the form kept as it was, instead of the server's error page. Anything without
 * a meaning for the person goes on to the default handling (logged, error page).
 */
public class PageFailureHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(PageFailureHandler.class.getName());

  /** Registered in {@code faces-config.xml}. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PageFailureHandler(getWrapped().getExceptionHandler());
    }
  }

  public PageFailureHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
          events.hasNext(); ) {
        if (answer(events.next().getContext().getException())) {
          events.remove();
          faces.validationFailed();
          faces.renderResponse();
        }
      }
    }
    getWrapped().handle();
  }

  /**
   * Puts the person's message on the page for a failure that has one. During rendering the page is
   * already being written, so failures there keep the default handling.
   */
  static boolean answer(Throwable failure) {
    Optional<Outages.Dependency> down = Outages.of(failure);
    if (down.isPresent()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, Notices.text(down.get().messageKey()), null));
      return true;
    }
    Optional<KlikException> meaning = Failures.meaning(failure);
    if (meaning.isEmpty()) {
      return false;
    }
    if (Failures.refusedValue(meaning.get()).isPresent()) {
      LOG.log(Level.WARNING, "request " + RequestInfo.requestId() + ": data refused", failure);
    }
    Notices.error(meaning.get());
    return true;
  }
}
