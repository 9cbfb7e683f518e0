package id.klik.review.application;

import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.domain.ProgramBody;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.RubricBody;
import id.klik.guideline.domain.TemplateRef;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The rubrics and competition blueprints reviews run on, from the templates the tenant sees. */
@ApplicationScoped
public class Rubrics {

  /** The built-in rubric a review uses when nothing else names one. */
  public static final String DEFAULT_RUBRIC = "city-competition-rubric@1.0.0";

  @Inject TemplateLibrary library;

  public RubricBody rubric(String ref) {
    return find(ref)
        .filter(p -> p.template().body() instanceof RubricBody)
        .map(p -> (RubricBody) p.template().body())
        .orElseThrow(() -> ValidationException.of("rubric", "review.rubric.unknown", ref));
  }

  public ProgramBody program(String ref) {
    return find(ref)
        .filter(p -> p.template().body() instanceof ProgramBody)
        .map(p -> (ProgramBody) p.template().body())
        .orElseThrow(() -> ValidationException.of("program", "competition.program.unknown", ref));
  }

  /** The rubric a blueprint uses (its first), or the built-in competition rubric. */
  public String rubricOf(String programRef) {
    return find(programRef)
        .flatMap(p -> p.template().header().uses().rubrics().stream().findFirst())
        .map(TemplateRef::toString)
        .orElse(DEFAULT_RUBRIC);
  }

  private Optional<PublishedTemplate> find(String ref) {
    try {
      return library.find(TemplateRef.parse(ref));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
