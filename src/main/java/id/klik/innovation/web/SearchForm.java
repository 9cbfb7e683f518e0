package id.klik.innovation.web;

import id.klik.innovation.domain.InnovationFilter;
import java.io.Serializable;
import java.util.List;

/** What the person typed and chose on the list page: words and one value per filter. */
public class SearchForm implements Serializable {

  private String q;
  private String stage;
  private String kind;
  private String form;
  private String affair;
  private String workUnit;
  private String team;
  private String year;
  private String status;
  private String shared;

  InnovationFilter.Raw raw() {
    return new InnovationFilter.Raw(
        q,
        one(stage),
        one(kind),
        one(form),
        one(affair),
        one(workUnit),
        one(team),
        one(year),
        one(status),
        shared);
  }

  void clear() {
    q = null;
    stage = kind = form = affair = workUnit = team = year = status = shared = null;
  }

  String value(String facet) {
    return switch (facet) {
      case "stage" -> stage;
      case "kind" -> kind;
      case "form" -> form;
      case "affair" -> affair;
      case "workUnit" -> workUnit;
      case "team" -> team;
      case "year" -> year;
      case "status" -> status;
      case "shared" -> shared;
      default -> null;
    };
  }

  private static List<String> one(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
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

  public String getAffair() {
    return affair;
  }

  public void setAffair(String affair) {
    this.affair = affair;
  }

  public String getWorkUnit() {
    return workUnit;
  }

  public void setWorkUnit(String workUnit) {
    this.workUnit = workUnit;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getShared() {
    return shared;
  }

  public void setShared(String shared) {
    this.shared = shared;
  }
}
