package id.klik.innovation.web;

import id.klik.innovation.application.InnovationInput;
import id.klik.innovation.application.InnovationView;
import id.klik.innovation.domain.InnovationProfile;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The profile's form as the page edits it; turns into an {@link InnovationInput} on save. */
public class InnovationForm implements Serializable {

  private UUID id;
  private Long version;
  private String name;
  private String workUnitId;
  private String teamId;
  private String stage = "inisiatif";
  private String kind;
  private String form;
  private String initiator;
  private String primaryAffair;
  private List<String> otherAffairs = new ArrayList<>();
  private LocalDate trialDate;
  private LocalDate applicationDate;
  private BigDecimal budgetAmount;
  private String goals;
  private String benefits;
  private String results;
  private String designNarrative;
  private String keyChanges;
  private String beneficiaries;
  private String videoUrl;
  private String status = "aktif";
  private boolean shared;

  static InnovationForm of(InnovationView v) {
    InnovationProfile p = v.profile();
    InnovationForm f = new InnovationForm();
    f.id = v.id();
    f.version = v.version();
    f.name = p.name();
    f.workUnitId = p.workUnitId() == null ? null : p.workUnitId().toString();
    f.teamId = p.teamId() == null ? null : p.teamId().toString();
    f.stage = p.stage();
    f.kind = p.kind();
    f.form = p.form();
    f.initiator = p.initiator();
    f.primaryAffair = p.primaryAffair();
    f.otherAffairs = new ArrayList<>(p.otherAffairs());
    f.trialDate = p.trialDate();
    f.applicationDate = p.applicationDate();
    f.budgetAmount = p.budgetAmount();
    f.goals = p.goals();
    f.benefits = p.benefits();
    f.results = p.results();
    f.designNarrative = p.designNarrative();
    f.keyChanges = p.keyChanges();
    f.beneficiaries = p.beneficiaries();
    f.videoUrl = p.videoUrl();
    f.status = p.status();
    f.shared = p.shared();
    return f;
  }

  InnovationInput input() {
    return new InnovationInput(
        name,
        uuid(workUnitId),
        uuid(teamId),
        stage,
        kind,
        form,
        initiator,
        primaryAffair,
        otherAffairs,
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

  private static UUID uuid(String s) {
    return s == null || s.isBlank() ? null : UUID.fromString(s);
  }

  public boolean isNew() {
    return id == null;
  }

  public UUID getId() {
    return id;
  }

  public Long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getWorkUnitId() {
    return workUnitId;
  }

  public void setWorkUnitId(String workUnitId) {
    this.workUnitId = workUnitId;
  }

  public String getTeamId() {
    return teamId;
  }

  public void setTeamId(String teamId) {
    this.teamId = teamId;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }

  public String getInitiator() {
    return initiator;
  }

  public void setInitiator(String initiator) {
    this.initiator = initiator;
  }

  public String getPrimaryAffair() {
    return primaryAffair;
  }

  public void setPrimaryAffair(String primaryAffair) {
    this.primaryAffair = primaryAffair;
  }

  public List<String> getOtherAffairs() {
    return otherAffairs;
  }

  public void setOtherAffairs(List<String> otherAffairs) {
    this.otherAffairs = otherAffairs == null ? new ArrayList<>() : new ArrayList<>(otherAffairs);
  }

  public LocalDate getTrialDate() {
    return trialDate;
  }

  public void setTrialDate(LocalDate trialDate) {
    this.trialDate = trialDate;
  }

  public LocalDate getApplicationDate() {
    return applicationDate;
  }

  public void setApplicationDate(LocalDate applicationDate) {
    this.applicationDate = applicationDate;
  }

  public BigDecimal getBudgetAmount() {
    return budgetAmount;
  }

  public void setBudgetAmount(BigDecimal budgetAmount) {
    this.budgetAmount = budgetAmount;
  }

  public String getGoals() {
    return goals;
  }

  public void setGoals(String goals) {
    this.goals = goals;
  }

  public String getBenefits() {
    return benefits;
  }

  public void setBenefits(String benefits) {
    this.benefits = benefits;
  }

  public String getResults() {
    return results;
  }

  public void setResults(String results) {
    this.results = results;
  }

  public String getDesignNarrative() {
    return designNarrative;
  }

  public void setDesignNarrative(String designNarrative) {
    this.designNarrative = designNarrative;
  }

  public String getKeyChanges() {
    return keyChanges;
  }

  public void setKeyChanges(String keyChanges) {
    this.keyChanges = keyChanges;
  }

  public String getBeneficiaries() {
    return beneficiaries;
  }

  public void setBeneficiaries(String beneficiaries) {
    this.beneficiaries = beneficiaries;
  }

  public String getVideoUrl() {
    return videoUrl;
  }

  public void setVideoUrl(String videoUrl) {
    this.videoUrl = videoUrl;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public boolean isShared() {
    return shared;
  }

  public void setShared(boolean shared) {
    this.shared = shared;
  }
}
