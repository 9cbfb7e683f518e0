package id.klik.proposal.web;

import id.klik.guideline.domain.FormBody;
import id.klik.proposal.application.CheckView;
import id.klik.proposal.application.CommentInput;
import id.klik.proposal.application.CommentView;
import id.klik.proposal.application.DiffView;
import id.klik.proposal.application.ProposalAttachments;
import id.klik.proposal.application.ProposalCheckService;
import id.klik.proposal.application.ProposalComments;
import id.klik.proposal.application.ProposalHistory;
import id.klik.proposal.application.ProposalService;
import id.klik.proposal.application.ProposalView;
import id.klik.proposal.application.SectionInput;
import id.klik.proposal.application.VersionView;
import id.klik.proposal.domain.ProposalAttachment;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The proposal editor ({@code /t/<slug>/proposal?id=}): the form's sections with their guidance
 * beside the text, live word counters, the completeness meter, comments per section, the versions
 * with a word-level comparison, the checks, and the place of the (switched off) AI assistant.
 */
@Named
@ViewScoped
@TenantBound
public class ProposalPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProposalService service;
  @Inject id.klik.assistant.application.AssistantLedger assistantLedger;
  @Inject ProposalHistory history;
  @Inject ProposalComments comments;
  @Inject ProposalCheckService checks;
  @Inject ProposalAttachments attachments;

  private UUID id;
  private ProposalView view;
  private final Map<String, String> texts = new HashMap<>();
  // "true" when the writer accepted an AI suggestion into the section's text (assistant.js)
  private final Map<String, String> aiAssisted = new HashMap<>();
  private Boolean assistantAvailable;
  private final Map<String, Map<String, String>> fields = new HashMap<>();
  private final Map<String, String> newComments = new HashMap<>();
  private final Map<String, String> replies = new HashMap<>();
  private List<CommentView> threads = List.of();
  private List<VersionView> versions = List.of();
  private CheckView check;
  private Integer from;
  private Integer to;
  private DiffView diff;

  @PostConstruct
  void open() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String param = params.get("id");
    try {
      id = UUID.fromString(param == null ? "" : param);
      load();
    } catch (IllegalArgumentException | NotFoundException e) {
      answer(404);
      return;
    }
    from = number(params.get("from"), from);
    to = number(params.get("to"), to);
    if (params.containsKey("from") || params.containsKey("to")) {
      compare();
    }
  }

  private static Integer number(String value, Integer fallback) {
    try {
      return value == null || value.isBlank() ? fallback : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** After a change the page is built again (its sections, threads and versions have changed). */
  private void reopen(String key, Object... args) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    Notices.info(key, args);
    Object base = external.getRequestMap().get(RequestInfo.TENANT_BASE);
    try {
      external.redirect((base == null ? "" : base) + "/proposal?id=" + id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void load() {
    view = service.get(id);
    for (ProposalView.Section s : view.sections()) {
      texts.put(s.form().id(), s.content().text());
      fields.put(s.form().id(), new TreeMap<>(s.content().fields()));
    }
    threads = comments.threads(id);
    versions = history.versions(id);
    check = checks.check(id, RequestInfo.locale());
    if (to == null && view.revision() > 0) {
      to = view.revision();
      from = Math.max(0, view.revision() - 1);
    }
  }

  public void save(String sectionId) {
    try {
      service.saveSection(
          id,
          sectionId,
          new SectionInput(
              texts.get(sectionId),
              fields.get(sectionId),
              "true".equals(aiAssisted.get(sectionId))),
          (long) view.revision());
      reopen("proposal.saved");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void move(String state) {
    try {
      service.move(id, state);
      reopen("proposal.moved", Notices.text("proposal.state." + state));
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void comment(String sectionId) {
    try {
      comments.add(id, new CommentInput(sectionId, null, null, null, newComments.get(sectionId)));
      reopen("proposal.commented");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void reply(UUID threadId) {
    try {
      comments.add(
          id, new CommentInput(null, threadId, null, null, replies.get(threadId.toString())));
      reopen("proposal.commented");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void resolve(UUID threadId, boolean resolved) {
    try {
      comments.resolve(id, threadId, resolved);
      reopen(resolved ? "proposal.comment.resolvedNotice" : "proposal.comment.reopenedNotice");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  /** A file for one of the form's attachments (its id in the upload's {@code attachmentId}). */
  public void upload(FileUploadEvent event) {
    String attachmentId = (String) event.getComponent().getAttributes().get("attachmentId");
    try (InputStream in = event.getFile().getInputStream()) {
      attachments.attachFile(id, attachmentId, event.getFile().getFileName(), in);
      reopen("proposal.attachment.added");
    } catch (KlikException e) {
      Notices.problems(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void removeAttachment(String attachmentId) {
    try {
      attachments.remove(id, attachmentId);
      reopen("proposal.attachment.removed");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  /** The file given for an attachment, as it was uploaded. */
  public StreamedContent attachmentFile(String attachmentId) {
    ProposalAttachment a = attachments.file(id, attachmentId);
    return DefaultStreamedContent.builder().name(a.fileName()).contentType(a.fileType()).stream(
            () -> attachments.open(a))
        .build();
  }

  /** What an attachment takes, e.g. "PDF, PPTX · 10 MB at most". */
  public String accepts(FormBody.Attachment a) {
    String types =
        a.accept().isEmpty()
            ? Notices.text("proposal.attachment.documents")
            : a.accept().stream()
                .map(t -> t.toUpperCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    return Notices.text("proposal.attachment.accepts", types, ProposalAttachments.maxMegabytes(a));
  }

  public void compare() {
    try {
      diff = history.diff(id, from == null ? 0 : from, to == null ? view.revision() : to);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public String text(LocalizedText t) {
    return t == null ? "" : t.in(RequestInfo.locale());
  }

  public String state(String code) {
    return Notices.text("proposal.state." + code);
  }

  public List<CommentView> threadsOf(String sectionId) {
    return threads.stream().filter(t -> t.sectionId().equals(sectionId)).toList();
  }

  public List<CheckView.Item> findingsOf(String sectionId) {
    return check.findings().stream()
        .filter(
            f ->
                sectionId == null
                    ? f.finding().sectionId() == null
                    : sectionId.equals(f.finding().sectionId()))
        .toList();
  }

  /** The counter's text for a section: "{0} of N words" below a minimum, "{0} words" else. */
  public String counterBelow(FormBody.Section s) {
    return s.minWords() == null
        ? Notices.text("proposal.words.count", "{0}")
        : Notices.text("proposal.words.below", "{0}", s.minWords());
  }

  public String counterEnough(FormBody.Section s) {
    return s.minWords() == null
        ? Notices.text("proposal.words.count", "{0}")
        : Notices.text("proposal.words.enough", "{0}", s.minWords());
  }

  public String sectionTitle(String sectionId) {
    ProposalView.Section s = view.section(sectionId);
    return s == null ? sectionId : text(s.form().title());
  }

  private static void answer(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public ProposalView getView() {
    return view;
  }

  public Map<String, String> getAiAssisted() {
    return aiAssisted;
  }

  /** Whether the deployment set up AI suggestions and the tenant's admin switched them on. */
  public boolean isAssistantAvailable() {
    if (assistantAvailable == null) {
      assistantAvailable = assistantLedger.status().available();
    }
    return assistantAvailable;
  }

  public Map<String, String> getTexts() {
    return texts;
  }

  public Map<String, Map<String, String>> getFields() {
    return fields;
  }

  public Map<String, String> getNewComments() {
    return newComments;
  }

  public Map<String, String> getReplies() {
    return replies;
  }

  public List<VersionView> getVersions() {
    return versions;
  }

  public CheckView getCheck() {
    return check;
  }

  public UUID getId() {
    return id;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public DiffView getDiff() {
    return diff;
  }
}
