package id.klik.review.api;

import id.klik.review.application.ReviewService;
import id.klik.review.application.ReviewView;
import id.klik.review.application.ScoreInput;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.api.IfMatch;
import id.klik.shared.domain.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
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
 * Review sheets at {@code /t/{slug}/api/reviews}: a reviewer lists and scores their own; a sheet of
 * somebody else answers 404 (organisers see all).
 */
@Path("/tenant/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Review sheets: scores per criterion on the rubric")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class ReviewResource {

  @Inject ReviewService reviews;

  @GET
  @Operation(summary = "The caller's review sheets")
  public List<ReviewView> mine() {
    return reviews.mine();
  }

  @POST
  @Operation(summary = "Assign a reviewer to a proposal outside a competition (organisers)")
  @APIResponse(responseCode = "201", description = "Assigned (excluded at once on a conflict)")
  public Response assign(ReviewAssignmentDto input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    ReviewView v =
        reviews.assign(
            input.proposalId(),
            input.reviewer(),
            Boolean.TRUE.equals(input.blind()),
            input.rubric());
    return Response.status(201).entity(v).tag(tag(v)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One sheet with the proposal's text; blind sheets carry no team or unit")
  @APIResponse(responseCode = "404", description = "Not the caller's sheet, or none")
  public Response get(@PathParam("id") UUID id) {
    ReviewView v = reviews.get(id);
    return Response.ok(v).tag(tag(v)).build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Score criteria (the sheet's reviewer)",
      description =
          "Body: {\"scores\": [{\"criterionId\", \"score\", \"feedback\"}], \"submit\": bool}."
              + " Scores must be on the rubric's scale; submitting needs every criterion. With"
              + " If-Match (the ETag), a change made in between answers 409.")
  @APIResponse(responseCode = "404", description = "Not the caller's sheet, or none")
  @APIResponse(responseCode = "409", description = "Excluded, or changed since it was read")
  public Response score(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ScoreInput input) {
    ReviewView v = reviews.score(id, input, IfMatch.version(ifMatch));
    return Response.ok(v).tag(tag(v)).build();
  }

  @POST
  @Path("{id}/conflict")
  @Operation(summary = "Declare a conflict of interest: the sheet is excluded and never counts")
  public ReviewView conflict(@PathParam("id") UUID id, ConflictDeclarationDto input) {
    return reviews.declareConflict(id, input == null ? null : input.note());
  }

  private static EntityTag tag(ReviewView v) {
    return new EntityTag(Long.toString(v.version()));
  }
}
