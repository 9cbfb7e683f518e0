package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Innovations made through the API for the journey and replication tests. */
final class InnovationFixtures {

  private InnovationFixtures() {}

  /** A work unit's id by code, read from the tenant's schema (Singkawang has no work-unit API). */
  static String workUnit(String slug, String code) {
    try (Connection c = LocalStack.stack().database().getConnection();
        PreparedStatement s =
            c.prepareStatement("select id from t_" + slug + ".work_unit where code = ?")) {
      s.setString(1, code);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("work unit " + code + " of " + slug).isTrue();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(String name, String workUnitId, boolean shared) {
    return "{\"name\":\""
        + name
        + "\",\"workUnitId\":\""
        + workUnitId
        + "\",\"stage\":\"inisiatif\",\"kind\":\"digital\",\"form\":\"pelayanan-publik\","
        + "\"initiator\":\"asn\",\"primaryAffair\":\"kesehatan\",\"otherAffairs\":[],"
        + "\"goals\":\"Mempercepat layanan bagi warga.\",\"shared\":"
        + shared
        + "}";
  }

  /** Creates an innovation and answers its id; the name gets a suffix unique to this run. */
  static String create(String slug, String token, String name, String workUnitId, boolean shared) {
    Api.Reply r =
        Api.post("/t/" + slug + "/api/innovations", token, body(name, workUnitId, shared));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().getString("id");
  }

  static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
