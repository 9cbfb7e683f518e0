package id.klik.proposal.domain;

import id.klik.guideline.domain.FormBody;
import id.klik.innovation.domain.WordCount;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writing assistant's deterministic checks of a proposal against its form: every required
 * section and field filled, minimum and maximum words met, choices and dates valid, required
 * attachments present, evidence in the vault, and the readability of the text. Also the
 * completeness meter: the share of the form's required items that are done.
 */
public final class ProposalChecks {

  /** The outcome: every finding, and how complete the proposal is (0–100). */
  public record Result(List<Finding> findings, int completeness, int done, int required) {
    public Result {
      findings = List.copyOf(findings);
    }

    public long errors() {
      return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
    }
  }

  private ProposalChecks() {}

  /**
   * @param contents each section's content by section id (missing: empty)
   * @param attached the ids of the form's attachments the proposal has (a file, or evidence)
   * @param evidenceItems how many evidence items the innovation has in its vault
   */
  public static Result of(
      FormBody form,
      Map<String, SectionContent> contents,
      Set<String> attached,
      int evidenceItems) {
    List<Finding> findings = new ArrayList<>();
    int required = 0;
    int done = 0;
    StringBuilder whole = new StringBuilder();
    for (FormBody.Section s : form.sections()) {
      whole.append(contents.getOrDefault(s.id(), SectionContent.EMPTY).text()).append("\n\n");
    }
    String all = whole.toString();
    for (FormBody.Section section : form.sections()) {
      SectionContent content = contents.getOrDefault(section.id(), SectionContent.EMPTY);
      List<Finding> own = section(section, content);
      boolean complete = own.stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR);
      if (section.required()) {
        required++;
        done += complete ? 1 : 0;
      }
      findings.addAll(own);
      findings.addAll(Readability.of(section.id(), content.text(), all));
    }
    for (FormBody.Attachment attachment : form.attachments()) {
      if (!attachment.required()) {
        continue;
      }
      required++;
      if (attached.contains(attachment.id())) {
        done++;
      } else {
        findings.add(Finding.error(null, "proposal.check.attachmentMissing", attachment.id()));
      }
    }
    if (evidenceItems == 0) {
      findings.add(Finding.warning(null, "proposal.check.noEvidence"));
    }
    int percent = required == 0 ? 100 : (int) Math.floor(100.0 * done / required);
    return new Result(findings, percent, done, required);
  }

  /** The form's rules for one section: required, words, fields. */
  static List<Finding> section(FormBody.Section section, SectionContent content) {
    List<Finding> out = new ArrayList<>();
    String id = section.id();
    boolean hasText = !content.text().isBlank();
    if (section.fields().isEmpty() && section.required() && !hasText) {
      out.add(Finding.error(id, "proposal.check.sectionEmpty"));
      return out;
    }
    int words = WordCount.of(content.text());
    if (hasText || section.fields().isEmpty()) {
      words(out, id, words, section.minWords(), section.maxWords());
    }
    for (FormBody.Field field : section.fields()) {
      String value = content.field(field.id());
      if (value.isBlank()) {
        if (field.required()) {
          out.add(Finding.error(id, "proposal.check.fieldEmpty", field.id()));
        }
        continue;
      }
      field(out, id, field, value);
    }
    return out;
  }

  private static void words(List<Finding> out, String id, int words, Integer min, Integer max) {
    if (min != null && words < min) {
      out.add(Finding.error(id, "proposal.check.tooFewWords", words, min));
    }
    if (max != null && words > max) {
      out.add(Finding.error(id, "proposal.check.tooManyWords", words, max));
    }
  }

  private static void field(List<Finding> out, String id, FormBody.Field field, String value) {
    String type = field.type() == null ? "text" : field.type();
    switch (type) {
      case "choice" -> {
        if (!field.options().isEmpty()
            && field.options().stream().noneMatch(o -> o.id().equals(value))) {
          out.add(Finding.error(id, "proposal.check.fieldChoice", field.id(), value));
        }
      }
      case "date" -> {
        try {
          LocalDate.parse(value);
        } catch (DateTimeParseException e) {
          out.add(Finding.error(id, "proposal.check.fieldDate", field.id(), value));
        }
      }
      default -> {
        int words = WordCount.of(value);
        if (field.minWords() != null && words < field.minWords()) {
          out.add(
              Finding.error(
                  id, "proposal.check.fieldTooFewWords", field.id(), words, field.minWords()));
        }
        if (field.maxWords() != null && words > field.maxWords()) {
          out.add(
              Finding.error(
                  id, "proposal.check.fieldTooManyWords", field.id(), words, field.maxWords()));
        }
      }
    }
  }
}
