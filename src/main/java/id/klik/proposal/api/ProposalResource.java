package id.klik.proposal.api;

import id.klik.assistant.application.Suggestion;
import id.klik.assistant.application.SuggestionEvents;
import id.klik.proposal.application.CommentInput;
import id.klik.proposal.application.CommentView;
import id.klik.proposal.application.ProposalAssist;
import id.klik.proposal.application.ProposalAttachments;
import id.klik.proposal.application.ProposalCheckService;
import id.klik.proposal.application.ProposalComments;
import id.klik.proposal.application.ProposalForms;
import id.klik.proposal.application.ProposalHistory;
import id.klik.proposal.application.ProposalService;
import id.klik.proposal.application.ProposalView;
import id.klik.proposal.application.SectionInput;
import id.klik.proposal.application.VersionView;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.api.IfMatch;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantContext;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Proposals of a tenant at {@code /t/{slug}/api/proposals}: written for an innovation in one of the
 * clinic's forms, section by section, every save a version. Seen by the innovation's team, its
 * mentors and the clinic; anybody else gets 404.
 */
@Path("/tenant/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "Proposals for innovations: sections, versions, checks")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class ProposalResource {

  @Inject ProposalService service;
  @Inject ProposalAssist assist;
  @Inject ProposalHistory history;
  @Inject ProposalCheckService checks;
  @Inject ProposalComments comments;
  @Inject ProposalForms forms;
  @Inject ProposalAttachments attachments;

  @GET
  @Operation(summary = "The proposals the caller may see, the most recently changed first")
  public List<ProposalListItemDto> list() {
    return service.list().stream().map(ProposalListItemDto::of).toList();
  }

  @GET
  @Path("forms")
  @Operation(summary = "The forms the clinic offers for proposals (the value POST takes)")
  public List<FormDto> forms() {
    return forms.available().stream()
        .map(
            f ->
                new FormDto(
                    f.ref(), f.title(), f.body().sections().size(), f.body().attachments().size()))
        .toList();
  }

  @POST
  @Operation(
      summary = "Start a proposal for an innovation (its team or the clinic)",
      description =
          "Body: {\"innovationId\", \"form\": \"<templateId>@<version>\"}, a form the clinic"
              + " offers (GET forms). In the IID profile form the first version is the"
              + " innovation's profile.")
  @APIResponse(responseCode = "201", description = "Created; the ETag carries its revision")
  @APIResponse(responseCode = "403", description = "The caller may not change this innovation")
  @APIResponse(responseCode = "404", description = "No such innovation in this tenant")
  public Response create(ProposalInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    ProposalView created = service.create(input.innovationId(), input.form());
    return Response.status(201).entity(ProposalDto.of(created)).tag(tag(created)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One proposal with its sections; the ETag carries its revision")
  @APIResponse(responseCode = "404", description = "No such proposal the caller may see")
  public Response get(@PathParam("id") UUID id) {
    ProposalView v = service.get(id);
    return Response.ok(ProposalDto.of(v)).tag(tag(v)).build();
  }

  @PUT
  @Path("{id}/sections/{sectionId}")
  @Operation(
      summary = "Save one section as a new version",
      description =
          "Body: {\"text\", \"fields\": {fieldId: value} (sections with typed fields only),"
              + " \"aiAssisted\": true when the text came from an AI suggestion}. Text up to"
              + " 100,000 characters, a field up to 2,000. With If-Match (the revision from the"
              + " ETag), a save made in between answers 409. The same content keeps no new"
              + " version.")
  @APIResponse(responseCode = "403", description = "The caller may not write this proposal")
  @APIResponse(responseCode = "404", description = "No such proposal or section")
  @APIResponse(
      responseCode = "409",
      description = "Changed since the revision read, or not writable in its state")
  public Response saveSection(
      @PathParam("id") UUID id,
      @PathParam("sectionId") String sectionId,
      @Parameter(description = "The revision last read, e.g. \"3\"") @HeaderParam("If-Match")
          String ifMatch,
      SectionInput input) {
    ProposalView v = service.saveSection(id, sectionId, input, IfMatch.version(ifMatch));
    return Response.ok(ProposalDto.of(v)).tag(tag(v)).build();
  }

  @POST
  @Path("{id}/sections/{sectionId}/assist")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @Produces({SuggestionEvents.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Ask the AI assistant for a suggestion on one section (its writers)",
      description =
          "Body (optional): {\"text\"} – the text to improve; without it the section's saved"
              + " text. With Accept: text/event-stream the reply streams as server-sent events"
              + " (data: {\"piece\"} …, then event: done {\"exchangeId\",\"complete\"} or"
              + " event: error {\"message\"}); otherwise one JSON answer {\"exchangeId\","
              + " \"text\", \"complete\"} (503 when the endpoint fails or is too slow)."
              + " Nothing is saved: the writer accepts the text and saves it with aiAssisted."
              + " Every exchange is kept (GET /t/<slug>/api/assistant/exchanges).")
  @APIResponse(responseCode = "403", description = "The caller may not write this proposal")
  @APIResponse(responseCode = "404", description = "No such proposal or section")
  @APIResponse(
      responseCode = "409",
      description = "AI suggestions are not set up here or switched off for the tenant")
  @APIResponse(responseCode = "503", description = "The AI endpoint failed or did not answer")
  public Response assist(
      @PathParam("id") UUID id,
      @PathParam("sectionId") String sectionId,
      @HeaderParam("Accept") String accept,
      AssistInput input) {
    ProposalAssist.Prepared prepared =
        assist.prepare(
            id, sectionId, input == null ? null : input.text(), RequestInfo.locale().getLanguage());
    if (accept != null && accept.contains(SuggestionEvents.MEDIA_TYPE)) {
      StreamingOutput stream =
          out -> {
            SuggestionEvents events = new SuggestionEvents(out);
            try {
              events.done(assist.suggest(prepared, events::piece));
            } catch (KlikException e) {
              events.error(Messages.get(RequestInfo.locale(), e.messageKey(), e.args()));
            }
          };
      return Response.ok(stream, SuggestionEvents.MEDIA_TYPE)
          .header("Cache-Control", "no-store")
          .header("X-Accel-Buffering", "no")
          .build();
    }
    Suggestion s = assist.suggest(prepared, piece -> {});
    return Response.ok(new AssistDto(s.exchangeId(), s.text(), s.complete()))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  @GET
  @Path("{id}/versions")
  @Operation(summary = "Every saved version, newest first: who, when, which sections, AI or not")
  public List<VersionView> versions(@PathParam("id") UUID id) {
    return history.versions(id);
  }

  @GET
  @Path("{id}/versions/{a}/diff/{b}")
  @Operation(
      summary = "Version a against version b, per section, word by word",
      description = "0 is the empty proposal before its first save.")
  @APIResponse(responseCode = "404", description = "No such proposal or version")
  public DiffDto diff(@PathParam("id") UUID id, @PathParam("a") int a, @PathParam("b") int b) {
    return DiffDto.of(history.diff(id, a, b));
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "Hand the proposal in (its team; from draft or revise)")
  @APIResponse(responseCode = "403", description = "Only the innovation's team submits")
  @APIResponse(responseCode = "409", description = "Not from the state it is in")
  public Response submit(@PathParam("id") UUID id) {
    ProposalView v = service.submit(id);
    return Response.ok(ProposalDto.of(v)).tag(tag(v)).build();
  }

  @POST
  @Path("{id}/state")
  @Operation(
      summary = "Move the proposal to another state",
      description =
          "Body: {\"state\"}. The team: draft or revise → submitted. The clinic or the team's"
              + " mentors: submitted → in-review or revise; in-review → revise or final.")
  @APIResponse(responseCode = "403", description = "Not the caller's move")
  @APIResponse(responseCode = "409", description = "No such move from the state it is in")
  public Response move(@PathParam("id") UUID id, StateInput input) {
    ProposalView v = service.move(id, input == null ? null : input.state());
    return Response.ok(ProposalDto.of(v)).tag(tag(v)).build();
  }

  @GET
  @Path("{id}/check")
  @Operation(
      summary = "The deterministic checks",
      description =
          "Completeness, minimum and maximum words, required fields and attachments, evidence,"
              + " and readability of Indonesian text (sentences over 40 words, paragraphs without"
              + " a sentence end, abbreviations never explained).")
  public CheckDto check(@PathParam("id") UUID id) {
    return CheckDto.of(checks.check(id, Messages.localeOf(TenantContext.require().locale())));
  }

  @GET
  @Path("{id}/comments")
  @Operation(
      summary = "The comment threads, oldest first",
      description =
          "startWord/endWord place a thread's quoted words in the section's current text; when"
              + " they changed since, both are null and moved is true (the quote stays).")
  public List<CommentView> comments(@PathParam("id") UUID id) {
    return comments.threads(id);
  }

  @POST
  @Path("{id}/comments")
  @Operation(
      summary = "Comment on a section, or reply in a thread",
      description =
          "Body: {\"sectionId\", \"startWord\", \"endWord\" (optional, words of the current"
              + " text from 0), \"body\"} or {\"parentId\", \"body\"}. Mailed to the team and"
              + " to those already in the thread.")
  @APIResponse(responseCode = "201", description = "Created: {\"id\"}")
  public Response comment(@PathParam("id") UUID id, CommentInput input) {
    UUID created = comments.add(id, input);
    return Response.status(201).entity(Map.of("id", created.toString())).build();
  }

  @POST
  @Path("{id}/comments/{commentId}/resolve")
  @Operation(summary = "Resolve a thread")
  @APIResponse(responseCode = "204", description = "Resolved")
  public Response resolve(@PathParam("id") UUID id, @PathParam("commentId") UUID commentId) {
    comments.resolve(id, commentId, true);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/comments/{commentId}/reopen")
  @Operation(summary = "Reopen a resolved thread")
  @APIResponse(responseCode = "204", description = "Reopened")
  public Response reopen(@PathParam("id") UUID id, @PathParam("commentId") UUID commentId) {
    comments.resolve(id, commentId, false);
    return Response.noContent().build();
  }

  private static EntityTag tag(ProposalView v) {
    return new EntityTag(Integer.toString(v.revision()));
  }
}
