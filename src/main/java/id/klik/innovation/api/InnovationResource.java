package id.klik.innovation.api;

import id.klik.innovation.application.InnovationInput;
import id.klik.innovation.application.InnovationSearch;
import id.klik.innovation.application.InnovationService;
import id.klik.innovation.domain.InnovationFilter;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.api.IfMatch;
import id.klik.shared.web.RequestInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Innovations of a tenant, at {@code /t/{slug}/api/innovations}. Every member reads; clinic admins
 * and staff change any, innovators those of their teams. Innovations of another tenant answer 404.
 */
@Path("/tenant/innovations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Innovations",
    description = "The region's innovations in the fields of the national innovation profile")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named with its field",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class InnovationResource {

  private static final String BODY =
      "Body: {\"name\", \"workUnitId\", \"teamId\", \"stage\" (inisiatif | uji-coba | penerapan),"
          + " \"kind\" (digital | non-digital), \"form\" (tata-kelola | pelayanan-publik |"
          + " lainnya), \"initiator\" (kepala-daerah | anggota-dprd | asn | perangkat-daerah |"
          + " masyarakat), \"primaryAffair\" and \"otherAffairs\" (codes of GET /api/affairs),"
          + " \"trialDate\", \"applicationDate\" (YYYY-MM-DD), \"budgetAmount\", \"goals\","
          + " \"benefits\", \"results\", \"designNarrative\", \"keyChanges\", \"beneficiaries\","
          + " \"videoUrl\", \"status\" (draf | aktif | diarsipkan, default aktif), \"shared\"}.";

  @Inject InnovationService service;
  @Inject InnovationSearch searches;

  @GET
  @Operation(
      summary = "Search and list innovations, a page at a time, with counts per filter value",
      description =
          "Best match first when q is given, else by name. The facets count, for every filter,"
              + " the innovations of the current search with the other filters applied (not its"
              + " own), so each value shows how many choosing it would give. An unknown code,"
              + " work unit or year answers 400 naming the parameter. Query: q (words, Bahasa"
              + " Indonesia or English), stage (inisiatif | uji-coba | penerapan), kind, form,"
              + " affair (an affair code), workUnit and team (ids), year, status, shared (true |"
              + " false), page (from 0), size; a filter may repeat or list values separated by"
              + " commas.")
  public InnovationSearchPageDto list(
      @BeanParam SearchParameters search,
      @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
      @Parameter(description = "Page size, 1–100, default 20") @QueryParam("size") Integer size) {
    InnovationFilter filter = searches.filter(search.raw());
    InnovationSearch.Result result =
        searches.search(filter, page == null ? 0 : page, size == null ? 20 : Math.max(1, size));
    Locale locale = RequestInfo.locale();
    Map<String, List<FacetDto>> facets = new LinkedHashMap<>();
    result
        .facets()
        .forEach(
            (name, values) ->
                facets.put(
                    name,
                    values.stream()
                        .map(
                            f ->
                                new FacetDto(
                                    f.value(),
                                    f.label() == null ? f.value() : f.label().in(locale),
                                    f.count()))
                        .toList()));
    return new InnovationSearchPageDto(
        result.page().items().stream().map(InnovationListItemDto::of).toList(),
        result.page().page(),
        result.page().size(),
        result.page().total(),
        facets);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One innovation's profile; the ETag carries its version")
  @APIResponse(responseCode = "404", description = "No such innovation in this tenant")
  public Response get(@PathParam("id") UUID id) {
    InnovationDto innovation = InnovationDto.of(service.get(id));
    return Response.ok(innovation).tag(tag(innovation)).build();
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Every change of the innovation's stage and status: who and when")
  @APIResponse(responseCode = "404", description = "No such innovation in this tenant")
  public List<HistoryEntryDto> history(@PathParam("id") UUID id) {
    return service.history(id).stream().map(HistoryEntryDto::of).toList();
  }

  @POST
  @Operation(
      summary = "Register an innovation (clinic admin or staff; an innovator for their team)",
      description = BODY)
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "403", description = "Not the caller's team")
  @APIResponse(responseCode = "409", description = "The work unit has an innovation of that name")
  public Response create(InnovationInput input) {
    InnovationDto created = InnovationDto.of(service.create(input));
    return Response.status(201).entity(created).tag(tag(created)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change an innovation's whole profile",
      description =
          BODY
              + " With If-Match (the version from GET's ETag), a change made in between answers"
              + " 409 instead of being overwritten.")
  @APIResponse(responseCode = "403", description = "Not the caller's team")
  @APIResponse(responseCode = "404", description = "No such innovation in this tenant")
  @APIResponse(responseCode = "409", description = "Name taken, or changed since it was read")
  public Response update(
      @PathParam("id") UUID id,
      @Parameter(description = "The version last read, e.g. \"3\"") @HeaderParam("If-Match")
          String ifMatch,
      InnovationInput input) {
    InnovationDto updated = InnovationDto.of(service.update(id, input, IfMatch.version(ifMatch)));
    return Response.ok(updated).tag(tag(updated)).build();
  }

  private static EntityTag tag(InnovationDto innovation) {
    return new EntityTag(Long.toString(innovation.version()));
  }
}
