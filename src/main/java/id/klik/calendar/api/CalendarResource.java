package id.klik.calendar.api;

import id.klik.calendar.application.Calendars;
import id.klik.calendar.application.FeedTokens;
import id.klik.calendar.application.Ics;
import id.klik.calendar.domain.FeedRange;
import id.klik.identity.application.CurrentUser;
import id.klik.shared.files.ContentDisposition;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's personal calendar feed and the clinic's calendar, at {@code /t/{slug}/api/calendar}.
 * The feed itself lives outside the tenant, at {@code /calendar/<secret>.ics}, and serves the
 * person's events of every tenant they belong to.
 */
@Path("/tenant/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Personal calendar feed and the clinic calendar (.ics)")
public class CalendarResource {

  @Inject FeedTokens tokens;
  @Inject CurrentUser currentUser;
  @Inject Calendars calendars;
  @Inject Ics ics;
  @Inject KlikConfig config;

  /**
   * The caller's feed: whether one is live and since when; {@code url} only in the answer that made
   * it (the secret is not kept).
   */
  public record FeedDto(boolean active, Instant created, String url) {}

  @GET
  @Path("feed")
  @Operation(summary = "Whether the caller has a live personal feed")
  public FeedDto feed() {
    return tokens
        .liveSince(currentUser.actor())
        .map(at -> new FeedDto(true, at, null))
        .orElse(new FeedDto(false, null, null));
  }

  @POST
  @Path("feed")
  @Operation(
      summary = "Make the caller's personal feed URL (a new one revokes the old)",
      description =
          "Answers the URL once: /calendar/<secret>.ics, no login needed; a calendar app"
              + " subscribes to it. It serves 3 months back and 12 ahead.")
  @APIResponse(responseCode = "201", description = "The new feed with its URL")
  public Response renew(@Context UriInfo uri) {
    String secret = tokens.renew(currentUser.actor());
    String base =
        config
            .publicUrl()
            .orElseGet(
                () -> {
                  String b = uri.getBaseUri().toString();
                  int api = b.indexOf("/api/");
                  return api >= 0 ? b.substring(0, api) : b.replaceAll("/$", "");
                });
    String url = base + "/calendar/" + secret + ".ics";
    return Response.status(201)
        .entity(new FeedDto(true, tokens.liveSince(currentUser.actor()).orElse(null), url))
        .build();
  }

  @DELETE
  @Path("feed")
  @Operation(summary = "Revoke the caller's personal feed: its URL answers 404 from now on")
  @APIResponse(responseCode = "204", description = "Revoked (or there was none)")
  public Response revoke() {
    tokens.revoke(currentUser.actor());
    return Response.noContent().build();
  }

  @GET
  @Path("clinic.ics")
  @Produces("text/calendar")
  @Operation(summary = "The clinic's events (every program and consultation) as iCalendar")
  public Response clinic() {
    ZoneId zone = TenantContext.require().timeZone().zone();
    FeedRange range = FeedRange.around(LocalDate.now(zone));
    byte[] body = ics.publish(calendars.clinic(range.from(), range.to()), zone);
    return Response.ok(body, Ics.CONTENT_TYPE)
        .header(
            "Content-Disposition",
            ContentDisposition.attachment(TenantContext.require().slug() + "-clinic.ics"))
        .build();
  }
}
