package id.klik.index.web;

import id.klik.index.application.CycleComparison;
import id.klik.index.application.CycleEstimate;
import id.klik.index.application.CycleSheet;
import id.klik.index.application.CycleView;
import id.klik.index.application.IndexCycles;
import id.klik.index.application.IndexModels;
import id.klik.index.application.IndexReport;
import id.klik.index.application.LevelInput;
import id.klik.index.application.ReadinessView;
import id.klik.index.application.SheetChoice;
import id.klik.index.application.StartCycle;
import id.klik.index.application.WhatIfPlan;
import id.klik.index.application.WhatIfStep;
import id.klik.index.domain.IndexCategory;
import id.klik.index.domain.ModelMeasure;
import id.klik.innovation.application.EvidenceItemView;
import id.klik.innovation.application.EvidenceService;
import id.klik.innovation.application.InnovationService;
import id.klik.innovation.application.InnovationView;
import id.klik.shared.domain.KlikException;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Wires the index page ({@code /t/<slug>/innovation-index}) to {@link IndexCycles}: a year's cycle
 * (or starting one), its estimate with chart, the region measures, one innovation's measures at a
 * time, what-if with a target, readiness per work unit and the comparison of two years.
 */
@Named
@ViewScoped
@TenantBound
public class IndexPage implements Serializable {

  @Inject IndexCycles cycles;
  @Inject IndexModels models;
  @Inject IndexReport report;
  @Inject EvidenceService evidence;
  @Inject InnovationService innovations;

  private List<CycleView> years = List.of();
  private Integer year;
  private int activeTab;
  private int startYear = 2026;
  private String startModel = "iid-index-2026@2026.1";
  private List<String> modelChoices;
  private Integer carryFrom;
  private CycleEstimate estimate;
  private CycleSheet sheet;
  private List<MeasureEdit> region = List.of();
  private UUID innovationId;
  private List<MeasureEdit> innovationMeasures = List.of();
  private List<Choice> evidenceChoices = List.of();
  private UUID toEnter;
  private List<WhatIfStep> whatIf = List.of();
  private String target;
  private WhatIfPlan plan;
  private ReadinessView readiness;
  private Integer otherYear;
  private CycleComparison comparison;

  /** A choice of a menu. */
  public record Choice(String value, String label) implements Serializable {}

  /** One measure's row with the level and evidence being edited. */
  public static final class MeasureEdit implements Serializable {
    private final String measureId;
    private final String label;
    private final BigDecimal weight;
    private final int max;
    private final boolean evidenced;
    private final boolean carried;
    private final String derived;
    private final String indicatorId;
    private List<Choice> evidenceChoices = List.of();
    private Integer level;
    private String evidenceId;

    MeasureEdit(ModelMeasure m, SheetChoice c, int max, Locale l) {
      this.measureId = m.measureId();
      this.indicatorId = m.indicatorId();
      this.label = m.indicatorNumber() + ". " + m.title().in(l);
      this.weight = m.weight();
      this.max = max;
      this.level = c == null ? 0 : c.level();
      this.evidenceId = c == null || c.evidenceId() == null ? "" : c.evidenceId().toString();
      this.evidenced = c != null && c.effectiveEvidenced();
      this.carried = c != null && c.carried();
      this.derived =
          c == null || c.derived() == null
              ? null
              : c.derived().level()
                  + " ("
                  + c.derived().source()
                  + ": "
                  + c.derived().count()
                  + ")";
    }

    public String getMeasureId() {
      return measureId;
    }

    public String getLabel() {
      return label;
    }

    public BigDecimal getWeight() {
      return weight;
    }

    public List<Integer> getLevels() {
      List<Integer> levels = new ArrayList<>();
      for (int i = 0; i <= max; i++) {
        levels.add(i);
      }
      return levels;
    }

    public boolean isEvidenced() {
      return evidenced;
    }

    public boolean isCarried() {
      return carried;
    }

    public String getDerived() {
      return derived;
    }

    /** For a region measure: the region evidence items proving its indicator. */
    public List<Choice> getEvidenceChoices() {
      return evidenceChoices;
    }

    public Integer getLevel() {
      return level;
    }

    public void setLevel(Integer level) {
      this.level = level;
    }

    public String getEvidenceId() {
      return evidenceId;
    }

    public void setEvidenceId(String evidenceId) {
      this.evidenceId = evidenceId;
    }

    LevelInput input() {
      return new LevelInput(
          level, evidenceId == null || evidenceId.isBlank() ? null : UUID.fromString(evidenceId));
    }
  }

  @PostConstruct
  void open() {
    years = cycles.cycles();
    String asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
    try {
      year = asked == null ? null : Integer.valueOf(asked);
    } catch (NumberFormatException e) {
      year = null;
    }
    if (year == null || years.stream().noneMatch(c -> c.year() == year)) {
      year = years.isEmpty() ? null : years.get(0).year();
    }
    load();
  }

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private void load() {
    if (year == null) {
      return;
    }
    estimate = cycles.estimate(year);
    sheet = cycles.sheet(year);
    int max = estimate.estimates() == null ? 3 : maxLevel();
    List<EvidenceItemView> regionItems = evidence.regionItems();
    List<MeasureEdit> edits = new ArrayList<>();
    for (CycleSheet.RegionRow r : sheet.region()) {
      MeasureEdit edit = new MeasureEdit(r.measure(), r.choice(), max, locale());
      edit.evidenceChoices =
          regionItems.stream()
              .filter(i -> edit.indicatorId.equals(i.indicatorId()))
              .map(i -> new Choice(i.id().toString(), i.title()))
              .toList();
      edits.add(edit);
    }
    region = edits;
    whatIf = cycles.whatIf(year);
    readiness = cycles.readiness(year, locale());
    if (innovationId == null && !sheet.innovations().isEmpty()) {
      innovationId = sheet.innovations().get(0).innovationId();
    }
    loadInnovation();
  }

  private int maxLevel() {
    return sheet.region().stream()
        .flatMap(r -> r.measure().levels().stream())
        .mapToInt(l -> l.level())
        .max()
        .orElse(3);
  }

  private void loadInnovation() {
    CycleSheet.InnovationRow row =
        innovationId == null
            ? null
            : sheet.innovations().stream()
                .filter(i -> i.innovationId().equals(innovationId))
                .findFirst()
                .orElse(null);
    if (row == null) {
      innovationMeasures = List.of();
      evidenceChoices = List.of();
      return;
    }
    int max = maxLevel();
    List<MeasureEdit> edits = new ArrayList<>();
    for (int i = 0; i < sheet.innovationMeasures().size(); i++) {
      ModelMeasure m = sheet.innovationMeasures().get(i);
      SheetChoice c =
          row.choices().stream()
              .filter(x -> x.measureId().equals(m.measureId()))
              .findFirst()
              .orElse(null);
      edits.add(new MeasureEdit(m, c, max, locale()));
    }
    innovationMeasures = edits;
    List<Choice> choices = new ArrayList<>();
    for (EvidenceItemView item : evidence.list(innovationId)) {
      String indicator = item.indicatorNumber() == null ? "" : " (" + item.indicatorNumber() + ")";
      choices.add(new Choice(item.id().toString(), item.title() + indicator));
    }
    evidenceChoices = choices;
  }

  // --- actions -----------------------------------------------------------------------------

  public void chooseYear() {
    innovationId = null;
    plan = null;
    comparison = null;
    load();
  }

  public void start() {
    try {
      cycles.start(startYear, new StartCycle(startModel, carryFrom, null, null));
      years = cycles.cycles();
      year = startYear;
      load();
      Notices.info("index.page.started", String.valueOf(startYear));
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void saveRegion(MeasureEdit edit) {
    try {
      cycles.setRegionLevel(year, edit.getMeasureId(), edit.input());
      load();
      activeTab = 0; // back to the estimate: the change shows at once
      Notices.info("index.page.saved");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void saveInnovation(MeasureEdit edit) {
    try {
      cycles.setInnovationLevel(year, innovationId, edit.getMeasureId(), edit.input());
      load();
      activeTab = 0; // back to the estimate: the change shows at once
      Notices.info("index.page.saved");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void chooseInnovation() {
    loadInnovation();
  }

  public void enter() {
    if (toEnter == null) {
      return;
    }
    try {
      cycles.enter(year, toEnter);
      innovationId = toEnter;
      toEnter = null;
      load();
      Notices.info("index.page.entered");
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void planTarget() {
    try {
      plan = target == null || target.isBlank() ? null : cycles.planTo(year, target);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void mail(UUID workUnitId) {
    try {
      var sent = cycles.mailReadiness(year, workUnitId);
      Notices.info("index.page.mailed", sent.recipients());
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public void compare() {
    try {
      comparison = otherYear == null ? null : cycles.compare(year, otherYear);
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public StreamedContent reportPdf() {
    byte[] pdf = report.leadership(year, locale());
    return DefaultStreamedContent.builder()
        .name("indeks-" + year + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  // --- what the page shows -------------------------------------------------------------------

  public String getChart() {
    if (estimate == null) {
      return "{}";
    }
    return IndexChart.model(
        IndexChart.aspects(
            estimate.estimates(),
            Notices.text("index.pdf.sidAverage"),
            Notices.text("index.pdf.numberScore")),
        Notices.text("index.pdf.declared"),
        Notices.text("index.pdf.evidenced"));
  }

  public String category(IndexCategory category) {
    return category == null ? "–" : category.title().in(locale());
  }

  public String figure(BigDecimal n) {
    return n == null ? "–" : n.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  public String text(id.klik.shared.domain.LocalizedText t) {
    return t == null ? "" : t.in(locale());
  }

  public List<Choice> getYearChoices() {
    return years.stream()
        .map(c -> new Choice(String.valueOf(c.year()), c.year() + " · " + c.model()))
        .toList();
  }

  public List<Choice> getInnovationChoices() {
    if (sheet == null) {
      return List.of();
    }
    return sheet.innovations().stream()
        .map(i -> new Choice(i.innovationId().toString(), i.name() + " · " + i.workUnitName()))
        .toList();
  }

  public List<Choice> getEnterChoices() {
    if (sheet == null) {
      return List.of();
    }
    List<Choice> out = new ArrayList<>();
    for (InnovationView v : innovations.recent(0, 200).items()) {
      if (sheet.innovations().stream().noneMatch(i -> i.innovationId().equals(v.id()))) {
        out.add(new Choice(v.id().toString(), v.profile().name() + " · " + v.workUnitName()));
      }
    }
    return out;
  }

  public List<Choice> getTargetChoices() {
    return List.of(
        new Choice("SANGAT_INOVATIF", Notices.text("index.page.target.SANGAT_INOVATIF")),
        new Choice("INOVATIF", Notices.text("index.page.target.INOVATIF")),
        new Choice("KURANG_INOVATIF", Notices.text("index.page.target.KURANG_INOVATIF")));
  }

  public List<Choice> getOtherYears() {
    return years.stream()
        .filter(c -> year == null || c.year() != year)
        .map(c -> new Choice(String.valueOf(c.year()), String.valueOf(c.year())))
        .toList();
  }

  // --- getters and setters --------------------------------------------------------------------

  /** The tab shown: the one the person was on, the estimate after a level was saved. */
  public int getActiveTab() {
    return activeTab;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = activeTab;
  }

  public boolean isHasCycle() {
    return year != null;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public int getStartYear() {
    return startYear;
  }

  public void setStartYear(int startYear) {
    this.startYear = startYear;
  }

  public String getStartModel() {
    getModelChoices();
    return startModel;
  }

  /** The index models the tenant adopted; the newest is proposed for a new cycle. */
  public List<String> getModelChoices() {
    if (modelChoices == null) {
      modelChoices = models.adoptedRefs();
      if (!modelChoices.isEmpty() && !modelChoices.contains(startModel)) {
        startModel = modelChoices.get(0);
      }
    }
    return modelChoices;
  }

  public void setStartModel(String startModel) {
    this.startModel = startModel;
  }

  public Integer getCarryFrom() {
    return carryFrom;
  }

  public void setCarryFrom(Integer carryFrom) {
    this.carryFrom = carryFrom;
  }

  public CycleEstimate getEstimate() {
    return estimate;
  }

  public CycleSheet getSheet() {
    return sheet;
  }

  public List<MeasureEdit> getRegion() {
    return region;
  }

  /**
   * The innovation menus post their choice as text: the items' values are the ids' text, and a UUID
   * value would never equal one of them (EL cannot coerce text to UUID), so every post of the page
   * failed validation ("Value is not valid").
   */
  public String getInnovationIdText() {
    return innovationId == null ? null : innovationId.toString();
  }

  public void setInnovationIdText(String text) {
    innovationId = uuid(text);
  }

  public String getToEnterText() {
    return toEnter == null ? null : toEnter.toString();
  }

  public void setToEnterText(String text) {
    toEnter = uuid(text);
  }

  private static UUID uuid(String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public UUID getInnovationId() {
    return innovationId;
  }

  public void setInnovationId(UUID innovationId) {
    this.innovationId = innovationId;
  }

  public List<MeasureEdit> getInnovationMeasures() {
    return innovationMeasures;
  }

  public List<Choice> getEvidenceChoices() {
    return evidenceChoices;
  }

  public UUID getToEnter() {
    return toEnter;
  }

  public void setToEnter(UUID toEnter) {
    this.toEnter = toEnter;
  }

  public List<WhatIfStep> getWhatIf() {
    return whatIf;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public WhatIfPlan getPlan() {
    return plan;
  }

  public ReadinessView getReadiness() {
    return readiness;
  }

  public Integer getOtherYear() {
    return otherYear;
  }

  public void setOtherYear(Integer otherYear) {
    this.otherYear = otherYear;
  }

  public CycleComparison getComparison() {
    return comparison;
  }
}
