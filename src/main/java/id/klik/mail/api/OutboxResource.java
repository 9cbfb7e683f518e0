package id.klik.mail.api;

import id.klik.mail.application.OutboxView;
import id.klik.mail.domain.OutboxMessage;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's mail outbox at {@code /t/{slug}/api/outbox}, for clinic admins: every message with
 * its status, attempts and last error. Read only; the tenant's schema holds it, so another tenant
 * never sees it.
 */
@Path("/tenant/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail", description = "Mail the clinic sends, and how its delivery stands")
public class OutboxResource {

  @Inject OutboxView view;

  @GET
  @Operation(summary = "List outbox messages, newest first, a page at a time (clinic admin)")
  @APIResponse(
      responseCode = "200",
      description = "A page of messages",
      content = @Content(schema = @Schema(implementation = OutboxPageDto.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a clinic admin of this tenant",
      content = @Content(schema = @Schema(implementation = ErrorDto.class)))
  public OutboxPageDto list(
      @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
      @Parameter(description = "Page size, 1–200, default 20") @QueryParam("size") Integer size) {
    Page<OutboxMessage> result = view.page(page == null ? 0 : page, Page.size(size));
    return new OutboxPageDto(
        result.items().stream().map(OutboxMessageDto::of).toList(),
        result.page(),
        result.size(),
        result.total());
  }
}
