package id.klik.innovation.api;

import id.klik.innovation.domain.GovernmentAffairs;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The government affairs of UU 23/2014, at {@code /t/{slug}/api/affairs}: every member reads. */
@Path("/tenant/affairs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Innovations")
public class AffairResource {

  @GET
  @Operation(
      summary = "The master list of government affairs with their codes, grouped",
      description =
          "Groups: wajib-pelayanan-dasar (the six basic-service affairs), wajib-non-pelayanan-dasar,"
              + " pilihan, penunjang. An innovation's primaryAffair and otherAffairs are these codes.")
  public List<AffairDto> list() {
    return GovernmentAffairs.master().all().stream().map(AffairDto::of).toList();
  }
}
