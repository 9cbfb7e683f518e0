package id.klik.review.web;

import id.klik.guideline.domain.RubricBody;
import id.klik.review.application.ReviewService;
import id.klik.review.application.ReviewView;
import id.klik.review.application.Rubrics;
import id.klik.review.application.ScoreInput;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The review sheet ({@code /t/<slug>/review?id=}): each criterion with its guidance, the scale's
 * levels and descriptors, a score and feedback for the team; the proposal's text below. Works on a
 * phone: one column, native radio buttons.
 */
@Named
@ViewScoped
@TenantBound
public class ReviewSheetPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewService service;
  @Inject Rubrics rubrics;

  private UUID id;
  private ReviewView view;
  private transient RubricBody rubric;
  private final Map<String, String> scores = new HashMap<>();
  private final Map<String, String> feedback = new HashMap<>();
  private String conflictNote;

  @PostConstruct
  void open() {
    try {
      id = Pages.idParameter();
      load();
    } catch (IllegalArgumentException | NotFoundException e) {
      Pages.notFound();
    }
  }

  private void load() {
    view = service.get(id);
    rubric = rubrics.rubric(view.rubricRef());
    for (ReviewView.Score s : view.scores()) {
      scores.put(s.criterionId(), s.score().stripTrailingZeros().toPlainString());
      feedback.put(s.criterionId(), s.feedback() == null ? "" : s.feedback());
    }
  }

  public void save() {
    send(false);
  }

  public void submit() {
    send(true);
  }

  private void send(boolean submit) {
    List<ScoreInput.Item> items = new ArrayList<>();
    for (RubricBody.Criterion c : getCriteria()) {
      String s = scores.get(c.id());
      if (s != null && !s.isBlank()) {
        items.add(new ScoreInput.Item(c.id(), new BigDecimal(s), feedback.get(c.id())));
      }
    }
    try {
      service.score(id, new ScoreInput(items, submit), view.version());
      Notices.info(submit ? "review.submitted" : "review.saved");
      Pages.redirect("review?id=" + id);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void declareConflict() {
    try {
      service.declareConflict(id, conflictNote);
      Notices.info("review.declared");
      Pages.redirect("review?id=" + id);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public ReviewView getView() {
    return view;
  }

  private RubricBody rubric() {
    if (rubric == null && view != null) {
      rubric = rubrics.rubric(view.rubricRef());
    }
    return rubric;
  }

  public List<RubricBody.Criterion> getCriteria() {
    return rubric() == null ? List.of() : rubric().criteria();
  }

  public List<RubricBody.Level> getLevels() {
    return rubric() == null ? List.of() : rubric().scale().levels();
  }

  public String text(LocalizedText t) {
    return t == null ? "" : t.in(RequestInfo.locale());
  }

  public String score(BigDecimal b) {
    return b.stripTrailingZeros().toPlainString();
  }

  public String weighted() {
    return view.weightedScore() == null
        ? null
        : Notices.text("review.weighted", String.format("%.2f", view.weightedScore()));
  }

  public boolean isEditable() {
    return view != null && !"EXCLUDED".equals(view.status()) && view.reviewer() != null;
  }

  public Map<String, String> getScores() {
    return scores;
  }

  public Map<String, String> getFeedback() {
    return feedback;
  }

  public String getConflictNote() {
    return conflictNote;
  }

  public void setConflictNote(String conflictNote) {
    this.conflictNote = conflictNote;
  }
}
