package id.klik.innovation.api;

import id.klik.innovation.domain.InnovationFilter;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The list's and the export's search parameters, shared by both. A filter may repeat, or list
 * values separated by commas: values of one filter are alternatives, filters all apply.
 */
public class SearchParameters {

  @QueryParam("q")
  String q;

  @QueryParam("stage")
  List<String> stage;

  @QueryParam("kind")
  List<String> kind;

  @QueryParam("form")
  List<String> form;

  @QueryParam("affair")
  List<String> affair;

  @QueryParam("workUnit")
  List<String> workUnit;

  @QueryParam("team")
  List<String> team;

  @QueryParam("year")
  List<String> year;

  @QueryParam("status")
  List<String> status;

  @QueryParam("shared")
  String shared;

  InnovationFilter.Raw raw() {
    return new InnovationFilter.Raw(
        q, stage, kind, form, affair, workUnit, team, year, status, shared);
  }
}
