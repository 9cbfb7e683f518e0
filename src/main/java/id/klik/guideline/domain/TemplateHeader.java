package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * What every template states about itself, whatever its kind.
 *
 * @param source the source note: where the content comes from (e.g. "written from the KLIK handbook
 *     2024"), so that an adopter can judge it
 * @param basedOn the version this one was derived from, when it was adopted from another publisher
 */
public record TemplateHeader(
    TemplateKind kind,
    String id,
    TemplateVersion version,
    LocalizedText title,
    LocalizedText summary,
    Publisher publisher,
    LocalizedText source,
    TemplateRef basedOn,
    TemplateUses uses) {

  public TemplateHeader {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    uses = uses == null ? TemplateUses.NONE : uses;
  }

  public TemplateRef ref() {
    return new TemplateRef(id, version);
  }

  public Optional<TemplateRef> basedOnRef() {
    return Optional.ofNullable(basedOn);
  }
}
