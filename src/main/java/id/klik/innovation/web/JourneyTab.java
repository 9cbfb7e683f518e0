package id.klik.innovation.web;

import static id.klik.shared.web.Notices.text;

import id.klik.innovation.application.JourneyFile;
import id.klik.innovation.application.JourneyService;
import id.klik.innovation.application.JourneyView;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Wires the journey tab of an innovation's page to {@link JourneyService}: stages with progress,
 * each artifact's text, file and done mark, moving stages, and records of an earlier journey.
 */
@Named
@ViewScoped
@TenantBound
public class JourneyTab implements Serializable {

  @Inject JourneyService service;

  private UUID innovationId;
  private JourneyView view;
  private List<JourneyRows.Stage> stages = List.of();
  private List<JourneyRows.Earlier> earlier = List.of();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, Boolean> done = new HashMap<>();

  @PostConstruct
  void open() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      innovationId = UUID.fromString(id == null ? "" : id);
      show(service.view(innovationId));
    } catch (IllegalArgumentException | NotFoundException e) {
      view = null; // the page itself answers 404
    }
  }

  private void show(JourneyView fresh) {
    view = fresh;
    Locale locale = RequestInfo.locale();
    stages = JourneyRows.stages(fresh.journey(), locale);
    earlier = JourneyRows.earlier(fresh.journey(), locale);
    texts.clear();
    done.clear();
    for (JourneyRows.Stage s : stages) {
      for (JourneyRows.Artifact a : s.artifacts()) {
        texts.put(a.key(), a.text());
        done.put(a.key(), a.done());
      }
    }
  }

  /** Saves one artifact's text and done mark. */
  public void save(String stageId, String artifactId) {
    String key = JourneyRows.key(stageId, artifactId);
    try {
      show(
          service.write(innovationId, stageId, artifactId, nonNull(texts.get(key)), done.get(key)));
      Notices.info("journey.saved");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void move(String stageId, String title) {
    try {
      show(service.moveTo(innovationId, stageId));
      Notices.info("journey.moved", title);
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  /** A file for the artifact named by the upload's {@code artifactKey} attribute. */
  public void upload(FileUploadEvent event) {
    String key = (String) event.getComponent().getAttributes().get("artifactKey");
    String[] parts = key.split("/", 2);
    try (InputStream in = event.getFile().getInputStream()) {
      show(service.attach(innovationId, parts[0], parts[1], in, event.getFile().getFileName()));
      Notices.info("journey.saved");
    } catch (KlikException e) {
      Notices.error(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public StreamedContent download(UUID recordId) {
    JourneyFile file = service.file(innovationId, recordId);
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("X-Content-Type-Options", "nosniff");
    return DefaultStreamedContent.builder()
        .name(file.name())
        .contentType(file.contentType())
        .contentLength(file.size())
        .stream(file::content)
        .build();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  public boolean isLoaded() {
    return view != null;
  }

  public boolean isMayEdit() {
    return view != null && view.mayEdit();
  }

  public String getTemplate() {
    return view == null ? "" : view.journey().plan().ref();
  }

  public int getProgress() {
    return view == null ? 0 : view.journey().progressPercent();
  }

  public List<JourneyRows.Stage> getStages() {
    return stages;
  }

  public List<JourneyRows.Earlier> getEarlier() {
    return earlier;
  }

  public Map<String, String> getTexts() {
    return texts;
  }

  public Map<String, Boolean> getDone() {
    return done;
  }

  static String when(java.time.OffsetDateTime at) {
    return at == null ? "" : TenantTime.format(at);
  }

  static String stateText(boolean isDone) {
    return text(isDone ? "journey.artifact.done" : "journey.artifact.open");
  }
}
