package id.klik.innovation.api;

import id.klik.innovation.domain.InnovationFilter;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The list's and the export's search parameters, shared by both. A filter may repeat, or list
 * values separated by commas: values of one filter are alternatives, filters all apply.
 */
public class SearchParameters {

  @Parameter(
      description =
          "Words to search in Bahasa Indonesia and English (stemmed: pengembangan finds"
              + " mengembangkan); \"quotes\" for a phrase, -word to exclude")
  @QueryParam("q")
  String q;

  @Parameter(description = "inisiatif, uji-coba or penerapan")
  @QueryParam("stage")
  List<String> stage;

  @Parameter(description = "digital or non-digital")
  @QueryParam("kind")
  List<String> kind;

  @Parameter(description = "tata-kelola, pelayanan-publik or lainnya")
  @QueryParam("form")
  List<String> form;

  @Parameter(description = "An affair code (GET /api/affairs): the primary or another affair")
  @QueryParam("affair")
  List<String> affair;

  @Parameter(description = "A work unit's id or code")
  @QueryParam("workUnit")
  List<String> workUnit;

  @Parameter(description = "A team's id")
  @QueryParam("team")
  List<String> team;

  @Parameter(description = "The year of the application date, else of the trial date")
  @QueryParam("year")
  List<String> year;

  @Parameter(description = "draf, aktif or diarsipkan")
  @QueryParam("status")
  List<String> status;

  @Parameter(description = "true: only innovations shared with other regions; false: only others")
  @QueryParam("shared")
  String shared;

  InnovationFilter.Raw raw() {
    return new InnovationFilter.Raw(
        q, stage, kind, form, affair, workUnit, team, year, status, shared);
  }
}
