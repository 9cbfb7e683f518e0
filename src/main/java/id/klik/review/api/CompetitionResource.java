package id.klik.review.api;

import id.klik.review.application.AssignmentResult;
import id.klik.review.application.CompetitionInput;
import id.klik.review.application.CompetitionService;
import id.klik.review.application.CompetitionView;
import id.klik.review.application.FinalistsView;
import id.klik.review.application.JudgingService;
import id.klik.review.application.RankingView;
import id.klik.review.application.RegistrationView;
import id.klik.review.application.ResultsService;
import id.klik.review.application.ResultsView;
import id.klik.review.application.ScreeningInput;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.RequestInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Competitions at {@code /t/{slug}/api/competitions}: made from a program blueprint, teams register
 * their proposals, the clinic screens them, a panel judges with the rubric, finalists are chosen
 * and results published. Competitions of another tenant answer 404.
 */
@Path("/tenant/competitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competitions", description = "City innovation competitions: registration to results")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class CompetitionResource {

  @Inject CompetitionService competitions;
  @Inject JudgingService judging;
  @Inject ResultsService results;

  @GET
  @Operation(summary = "List the tenant's competitions, newest first, with their counts")
  public List<CompetitionView> list() {
    return competitions.list();
  }

  @POST
  @Operation(
      summary = "Create a competition (clinic admin or staff)",
      description =
          "Body: {\"name\", \"program\": \"<templateId>@<version>\", \"registrationOpens\","
              + " \"registrationCloses\" (dates), \"blind\"}. The rubric is the blueprint's.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "A competition of that name exists")
  public Response create(CompetitionInput input) {
    return Response.status(201).entity(competitions.create(requireBody(input))).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One competition")
  @APIResponse(responseCode = "404", description = "No such competition in this tenant")
  public CompetitionView get(@PathParam("id") UUID id) {
    return competitions.get(id);
  }

  @GET
  @Path("{id}/registrations")
  @Operation(summary = "The registrations with their screening (organisers)")
  public List<RegistrationView> registrations(@PathParam("id") UUID id) {
    return competitions.registrations(id);
  }

  @POST
  @Path("{id}/registrations")
  @Operation(
      summary = "Register a proposal (its team, while the window is open)",
      description =
          "Body: {\"proposalId\", \"category\"}; the proposal must be handed in. The category"
              + " follows the innovation's work unit unless given.")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "409", description = "Window closed, not handed in, or twice")
  public Response register(@PathParam("id") UUID id, RegistrationRequestDto input) {
    RegistrationRequestDto body = requireBody(input);
    return Response.status(201)
        .entity(competitions.register(id, body.proposalId(), body.category()))
        .build();
  }

  @POST
  @Path("{id}/screening/{registrationId}")
  @Operation(
      summary = "Screen a registration with the blueprint's checklist (organisers)",
      description =
          "Body: {\"accepted\": true|false, \"checklist\": [item ids ticked], \"reason\": a"
              + " rejection reason id, \"note\"}. Accepting needs every checklist item.")
  @APIResponse(responseCode = "404", description = "No such registration in this competition")
  public RegistrationView screen(
      @PathParam("id") UUID id,
      @PathParam("registrationId") UUID registrationId,
      ScreeningInput input) {
    return competitions.screen(id, registrationId, requireBody(input));
  }

  @POST
  @Path("{id}/reviewers")
  @Operation(
      summary = "Assign reviewers to every entry of a stage (organisers)",
      description =
          "Body: {\"stage\": \"panel\"|\"presentation\", \"reviewers\": [usernames]}. A reviewer"
              + " of an entry's work unit or team gets an excluded sheet (conflict of interest).")
  public AssignmentResult assign(@PathParam("id") UUID id, AssignmentRequestDto input) {
    AssignmentRequestDto body = requireBody(input);
    return judging.assign(id, body.stage(), body.reviewers());
  }

  @GET
  @Path("{id}/ranking")
  @Operation(
      summary = "The ranking (organisers), per category when the blueprint says so",
      description =
          "Weighted mean per reviewer on 100, mean across complete reviews; incomplete reviews"
              + " are listed, spread alerts flagged, ties explained.")
  public RankingView ranking(@PathParam("id") UUID id, @QueryParam("stage") String stage) {
    return judging.ranking(id, stage, RequestInfo.locale());
  }

  @POST
  @Path("{id}/finalists")
  @Operation(summary = "Choose the finalists from the panel's ranking by the blueprint's rule")
  public FinalistsView finalists(@PathParam("id") UUID id) {
    return judging.chooseFinalists(id);
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish the results and mail every registered team its outcome")
  @APIResponse(responseCode = "409", description = "Finalists not chosen yet, or published")
  public ResultsView publish(@PathParam("id") UUID id) {
    return results.publish(id);
  }

  @GET
  @Path("{id}/results")
  @Operation(summary = "The published results; a team sees the panel's feedback on its entries")
  @APIResponse(responseCode = "404", description = "Not published yet")
  public ResultsView results(@PathParam("id") UUID id) {
    return results.results(id);
  }

  private static <T> T requireBody(T input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return input;
  }
}
