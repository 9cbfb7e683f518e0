package id.klik.guideline.api;

import id.klik.shared.api.ErrorDto;
import java.util.List;

/** The outcome of checking a template file: valid, or every problem with its line and field. */
public record TemplateCheckDto(
    boolean valid, String templateRef, List<ErrorDto.ProblemDto> problems) {}
