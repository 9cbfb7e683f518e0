package id.klik.assistant.api;

import id.klik.assistant.application.AssistantLedger;
import id.klik.assistant.application.ExchangeView;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The writing assistant's AI in a tenant, at {@code /t/{slug}/api/assistant}: every member reads
 * whether it is available; the clinic admin switches it and reads what was sent and received.
 */
@Path("/tenant/assistant")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Writing assistant",
    description =
        "Optional AI suggestions for proposal sections from the deployment's OpenAI-compatible"
            + " endpoint, switched on per tenant")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class AssistantResource {

  @Inject AssistantLedger ledger;

  @GET
  @Operation(summary = "Whether AI suggestions are configured, switched on and so available")
  public AssistantStatusDto status() {
    return AssistantStatusDto.of(ledger.status());
  }

  @PUT
  @Operation(
      summary = "Switch the AI suggestions on or off for this tenant (clinic admin)",
      description =
          "Body: {\"enabled\": true|false}. Switching on needs KLIK_AI_URL and KLIK_AI_MODEL.")
  @APIResponse(responseCode = "403", description = "Not the clinic admin")
  @APIResponse(responseCode = "409", description = "The deployment has no AI endpoint")
  public AssistantStatusDto change(AssistantSwitchDto body) {
    if (body == null || body.enabled() == null) {
      throw ValidationException.of("enabled", "assistant.enabledRequired");
    }
    return AssistantStatusDto.of(ledger.switchTo(body.enabled()));
  }

  @GET
  @Path("exchanges")
  @Operation(summary = "What was sent to the model and what came back, newest first (clinic admin)")
  @APIResponse(responseCode = "403", description = "Not the clinic admin")
  public ExchangePageDto exchanges(
      @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
      @Parameter(description = "Page size, 1–200, default 20") @QueryParam("size") Integer size) {
    Page<ExchangeView> result = ledger.exchanges(page == null ? 0 : page, Page.size(size));
    return new ExchangePageDto(result.items(), result.page(), result.size(), result.total());
  }

  @GET
  @Path("exchanges/{id}")
  @Operation(summary = "One exchange (clinic admin)")
  @APIResponse(responseCode = "404", description = "No such exchange in this tenant")
  public ExchangeView exchange(@PathParam("id") UUID id) {
    return ledger.exchange(id);
  }
}
