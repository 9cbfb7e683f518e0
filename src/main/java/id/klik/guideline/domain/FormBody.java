package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.util.List;

/**
 * A proposal or profile form: sections with guidance and minimum words, typed fields and required
 * attachments. Proposals (C6) and the index readiness check (C7) are written against it.
 */
public record FormBody(String purpose, List<Section> sections, List<Attachment> attachments)
    implements TemplateBody {

  public FormBody {
    sections = List.copyOf(sections);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public record Section(
      String id,
      LocalizedText title,
      LocalizedText guidance,
      boolean required,
      Integer minWords,
      Integer maxWords,
      List<Field> fields) {
    public Section {
      fields = fields == null ? List.of() : List.copyOf(fields);
    }
  }

  public record Field(
      String id,
      LocalizedText label,
      LocalizedText guidance,
      String type,
      boolean required,
      Integer minWords,
      Integer maxWords,
      List<Option> options,
      List<String> accept) {
    public Field {
      options = options == null ? List.of() : List.copyOf(options);
      accept = accept == null ? List.of() : List.copyOf(accept);
    }
  }

  public record Option(String id, LocalizedText label) {}

  public record Attachment(
      String id, LocalizedText title, boolean required, List<String> accept, Integer maxSizeMb) {
    public Attachment {
      accept = accept == null ? List.of() : List.copyOf(accept);
    }
  }
}
