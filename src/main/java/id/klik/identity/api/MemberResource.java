package id.klik.identity.api;

import id.klik.identity.application.MemberAdministration;
import id.klik.identity.application.MemberChange;
import id.klik.identity.application.MemberInput;
import id.klik.identity.application.MemberWorkUnits;
import id.klik.identity.domain.MemberStatus;
import id.klik.identity.domain.Membership;
import id.klik.identity.infrastructure.MembershipRepository;
import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTooLargeException;
import id.klik.shared.infrastructure.KlikConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * The tenant's members, at {@code /t/{slug}/api/members}. Clinic admins and staff list them; clinic
 * admins invite, change, deactivate, re-invite and import. Members of another tenant answer 404.
 */
@Path("/tenant/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "The clinic's people, their roles and invitations")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; every problem named",
    content = @Content(schema = @Schema(implementation = ErrorDto.class)))
public class MemberResource {

  @Inject MemberAdministration members;
  @Inject MemberWorkUnits workUnits;
  @Inject KlikConfig config;

  @GET
  @Operation(summary = "List members, a page at a time, with search (clinic admin or staff)")
  @APIResponse(responseCode = "403", description = "The caller may not see the members list")
  public MemberPageDto list(
      @Parameter(description = "Text in name, e-mail or username") @QueryParam("q") String q,
      @Parameter(description = "PENDING, ACTIVE or INACTIVE") @QueryParam("status") String status,
      @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
      @Parameter(description = "Page size, 1–200, default 20") @QueryParam("size") Integer size) {
    MemberStatus statusFilter = null;
    if (status != null && !status.isBlank()) {
      try {
        statusFilter = MemberStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("status", "member.status.unknown", status);
      }
    }
    Page<Membership> result =
        members.search(
            new MembershipRepository.Filter(q, statusFilter),
            page == null ? 0 : page,
            Page.size(size));
    Map<UUID, String> names = workUnits.names();
    return new MemberPageDto(
        result.items().stream().map(m -> MemberDto.of(m, names)).toList(),
        result.page(),
        result.size(),
        result.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One member")
  @APIResponse(responseCode = "404", description = "No such member in this tenant")
  public MemberDto get(@PathParam("id") UUID id) {
    return dto(members.get(id));
  }

  @POST
  @Operation(
      summary = "Invite a person (clinic admin)",
      description =
          "Body {\"email\",\"name\",\"roles\":[\"clinic-staff\"],\"workUnitId\"?}. Creates (or finds,"
              + " for a person of another tenant) the Keycloak account, a PENDING membership and"
              + " an invitation mail whose link sets the password; valid KLIK_INVITATION_DAYS"
              + " days.")
  @APIResponse(responseCode = "201", description = "Invited; the member is PENDING")
  @APIResponse(responseCode = "409", description = "The address is already a member or invited")
  public Response invite(MemberInput input) {
    return Response.status(201).entity(dto(members.invite(input))).build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Set a member's roles and work unit (clinic admin)",
      description = "Body {\"roles\":[…],\"workUnitId\"?}; both are replaced.")
  @APIResponse(responseCode = "409", description = "It would leave the clinic without an admin")
  public MemberDto change(@PathParam("id") UUID id, MemberChange change) {
    return dto(members.change(id, change));
  }

  @POST
  @Path("{id}/deactivate")
  @Operation(
      summary = "End a membership (clinic admin)",
      description =
          "The member is INACTIVE (kept for history), removed from the tenant's Keycloak"
              + " organization, and their next request is refused whatever token they hold.")
  @APIResponse(responseCode = "409", description = "The last clinic admin cannot be deactivated")
  public MemberDto deactivate(@PathParam("id") UUID id) {
    return dto(members.deactivate(id));
  }

  @POST
  @Path("{id}/reinvite")
  @Operation(
      summary = "Invite a pending or former member again (clinic admin)",
      description = "A new mail with a new link; earlier links stop working.")
  @APIResponse(responseCode = "409", description = "The member is active")
  public MemberDto reinvite(@PathParam("id") UUID id) {
    return dto(members.reinvite(id));
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Invite members from CSV, all or nothing (clinic admin)",
      description =
          "Header: email,name,roles[,work_unit]; comma or semicolon separated; several roles in"
              + " one cell separated by | or spaces; work_unit is a work unit's code. On any bad"
              + " row nobody is invited and every problem is listed with its line.")
  @APIResponse(responseCode = "413", description = "The file is over the upload limit")
  public MemberImportDto importCsv(@HeaderParam("Content-Length") Long length, InputStream csv) {
    if (length != null && length > config.uploadMaxBytes()) {
      throw new FileTooLargeException(FileRules.tables(config.uploadMaxBytes()));
    }
    String text = read(csv);
    if (text.isBlank()) {
      throw ValidationException.of("file", "csv.empty");
    }
    List<Membership> invited = members.importCsv(text);
    Map<UUID, String> names = workUnits.names();
    return new MemberImportDto(
        invited.size(), invited.stream().map(m -> MemberDto.of(m, names)).toList());
  }

  private String read(InputStream csv) {
    if (csv == null) {
      return "";
    }
    try {
      byte[] bytes =
          csv.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.uploadMaxBytes() + 1));
      if (bytes.length > config.uploadMaxBytes()) {
        throw new FileTooLargeException(FileRules.tables(config.uploadMaxBytes()));
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MemberDto dto(Membership m) {
    return MemberDto.of(m, workUnits.names());
  }
}
