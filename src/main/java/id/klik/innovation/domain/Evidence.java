package id.klik.innovation.domain;

import id.klik.shared.infrastructure.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One evidence item of an innovation: what it proves ({@link EvidenceTarget}) and its title. Its
 * files are its {@link EvidenceVersion}s, numbered from 1; an upload to the same item (the same
 * slot, or the same indicator and title, or its id) is the next version, and every earlier version
 * stays downloadable.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

  public static final int TITLE_MAX = 200;

  @Id private UUID id;

  @Column(name = "innovation_id")
  @Convert(converter = NullableUuidConverter.class) // null for a region item / a whole-program file
  private UUID innovationId;

  @Column(name = "indicator_id")
  private String indicatorId;

  private String slot;
  private String title;

  @Column(name = "title_key")
  private String titleKey;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected Evidence() {}

  public Evidence(UUID innovationId, EvidenceTarget target, String title, String by) {
    this.id = UUID.randomUUID();
    this.innovationId = innovationId;
    this.indicatorId = target.indicatorId().orElse(null);
    this.slot = target.slot().map(EvidenceSlot::code).orElse(null);
    this.title = cleanTitle(title);
    this.titleKey = titleKey(this.title);
    this.createdBy = by;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** A title as people see it: one line, trimmed, at most {@link #TITLE_MAX} characters. */
  public static String cleanTitle(String given) {
    String t = given == null ? "" : given.replaceAll("\\p{Cntrl}", " ").strip();
    t = t.replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      t = "Bukti";
    }
    return t.length() > TITLE_MAX ? t.substring(0, TITLE_MAX).strip() : t;
  }

  /** How titles are compared when an upload looks for the item it continues. */
  public static String titleKey(String title) {
    return cleanTitle(title).toLowerCase(Locale.ROOT);
  }

  public UUID id() {
    return id;
  }

  public UUID innovationId() {
    return innovationId;
  }

  public EvidenceTarget target() {
    return new EvidenceTarget(
        Optional.ofNullable(indicatorId), Optional.ofNullable(slot).flatMap(EvidenceSlot::parse));
  }

  public Optional<String> indicatorId() {
    return Optional.ofNullable(indicatorId);
  }

  public Optional<EvidenceSlot> slot() {
    return Optional.ofNullable(slot).flatMap(EvidenceSlot::parse);
  }

  public String title() {
    return title;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
