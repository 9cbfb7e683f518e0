package id.klik.innovation.domain;

import id.klik.shared.domain.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An innovation of the region, in the fields of the national innovation profile. It is changed as a
 * whole ({@link #change}) and every change of its stage or status is returned so that it enters the
 * history. An innovation is archived, never deleted: the index of earlier years and replications by
 * other regions may point at it.
 */
@Entity
@Table(name = "innovation")
public class Innovation {

  @Id private UUID id;
  private String name;

  @Column(name = "work_unit_id")
  private UUID workUnitId;

  @Column(name = "team_id")
  private UUID teamId;

  private String stage;
  private String kind;
  private String form;
  private String initiator;

  @Column(name = "primary_affair")
  private String primaryAffair;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "innovation_affair", joinColumns = @JoinColumn(name = "innovation_id"))
  @Column(name = "affair_code")
  private Set<String> otherAffairs = new LinkedHashSet<>();

  @Column(name = "trial_date")
  private LocalDate trialDate;

  @Column(name = "application_date")
  private LocalDate applicationDate;

  @Column(name = "budget_amount")
  private BigDecimal budgetAmount;

  private String goals;
  private String benefits;
  private String results;

  @Column(name = "design_narrative")
  private String designNarrative;

  @Column(name = "narrative_words")
  private int narrativeWords;

  @Column(name = "key_changes")
  private String keyChanges;

  private String beneficiaries;

  @Column(name = "video_url")
  private String videoUrl;

  private String status;
  private boolean shared;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  protected Innovation() {}

  /**
   * A new innovation; its first stage and status are its first history entries.
   *
   * @param today the tenant's date, for the rules about dates
   */
  public static Creation create(
      InnovationProfile profile, String actor, LocalDate today, GovernmentAffairs affairs) {
    Innovation innovation = new Innovation();
    innovation.id = UUID.randomUUID();
    innovation.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    innovation.createdBy = actor;
    List<StatusChange> changes = innovation.change(profile, actor, today, affairs);
    return new Creation(innovation, changes);
  }

  /** A new innovation and its first history entries. */
  public record Creation(Innovation innovation, List<StatusChange> changes) {}

  /**
   * Replaces the whole profile, all of it or nothing: fails with every broken rule of {@link
   * InnovationRules}.
   *
   * @return the changes of stage and status this made, for the history
   */
  public List<StatusChange> change(
      InnovationProfile p, String actor, LocalDate today, GovernmentAffairs affairs) {
    var problems = InnovationRules.check(p, affairs, today);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    List<StatusChange> changes = new ArrayList<>();
    if (!Objects.equals(stage, p.stage())) {
      changes.add(new StatusChange("stage", stage, p.stage()));
    }
    if (!Objects.equals(status, p.status())) {
      changes.add(new StatusChange("status", status, p.status()));
    }
    name = p.name();
    workUnitId = p.workUnitId();
    teamId = p.teamId();
    stage = p.stage();
    kind = p.kind();
    form = p.form();
    initiator = p.initiator();
    primaryAffair = p.primaryAffair();
    otherAffairs.retainAll(p.otherAffairs());
    otherAffairs.addAll(p.otherAffairs());
    trialDate = p.trialDate();
    applicationDate = p.applicationDate();
    budgetAmount = p.budgetAmount();
    goals = p.goals();
    benefits = p.benefits();
    results = p.results();
    designNarrative = p.designNarrative();
    narrativeWords = WordCount.of(p.designNarrative());
    keyChanges = p.keyChanges();
    beneficiaries = p.beneficiaries();
    videoUrl = p.videoUrl();
    status = p.status();
    shared = p.shared();
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedBy = actor;
    return changes;
  }

  /** The profile as it stands, to edit or to compare. */
  public InnovationProfile profile() {
    return new InnovationProfile(
        name,
        workUnitId,
        teamId,
        stage,
        kind,
        form,
        initiator,
        primaryAffair,
        List.copyOf(otherAffairs),
        trialDate,
        applicationDate,
        budgetAmount,
        goals,
        benefits,
        results,
        designNarrative,
        keyChanges,
        beneficiaries,
        videoUrl,
        status,
        shared);
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public UUID workUnitId() {
    return workUnitId;
  }

  public UUID teamId() {
    return teamId;
  }

  public String stage() {
    return stage;
  }

  public String primaryAffair() {
    return primaryAffair;
  }

  public boolean shared() {
    return shared;
  }

  public int narrativeWords() {
    return narrativeWords;
  }

  public long version() {
    return version;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
