package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replication across regions through the API: Pontianak shares an innovation, Singkawang declares
 * that one of its innovations replicates it, Pontianak confirms or declines, either ends; the
 * directory shows only what is shared; a region on neither side of a link cannot touch it.
 */
@ExtendWith(LocalStack.class)
class ReplicationIT {

  private static String pontianak;
  private static String singkawang;
  private static String sumedang;
  private static String sharedName;
  private static String shared;
  private static String notShared;
  private static String singkawangUnit;

  @BeforeAll
  static void innovationsInTwoRegions() {
    pontianak = Api.token("admin.pontianak", "pontianak");
    singkawang = Api.token("admin.singkawang", "singkawang");
    sumedang = Api.token("admin.sumedang", "sumedang");
    String unit = InnovationFixtures.workUnit("pontianak", "DINKES");
    sharedName = InnovationFixtures.unique("Posyandu Keliling");
    shared = InnovationFixtures.create("pontianak", pontianak, sharedName, unit, true);
    notShared =
        InnovationFixtures.create(
            "pontianak", pontianak, InnovationFixtures.unique("Rahasia Dapur"), unit, false);
    singkawangUnit = InnovationFixtures.workUnit("singkawang", "DINKES");
  }

  private static String singkawangInnovation(String name) {
    return InnovationFixtures.create(
        "singkawang", singkawang, InnovationFixtures.unique(name), singkawangUnit, false);
  }

  private static Api.Reply declare(String replica, String origin) {
    return Api.post(
        "/t/singkawang/api/innovations/" + replica + "/replicates",
        singkawang,
        "{\"tenant\":\"pontianak\",\"innovationId\":\"" + origin + "\"}");
  }

  private static JsonObject replications(String slug, String token, String innovation) {
    Api.Reply r = Api.get("/t/" + slug + "/api/innovations/" + innovation + "/replications", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static Api.Reply act(String slug, String token, String link, String action) {
    return Api.post("/t/" + slug + "/api/replications/" + link + "/" + action, token, "");
  }

  @Test
  void theDirectoryShowsOtherRegionsSharedInnovationsWithTheSharedFieldsOnly() {
    Api.Reply r =
        Api.get("/t/singkawang/api/shared-innovations?q=" + Api.enc(sharedName), singkawang);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getJsonArray("items")).hasSize(1);
    JsonObject entry = r.json().getJsonArray("items").getJsonObject(0);
    assertThat(entry.keySet())
        .containsExactlyInAnyOrder(
            "tenant", "innovationId", "name", "region", "primaryAffair", "stage", "summary");
    assertThat(entry.getString("region")).isEqualTo("Kota Pontianak");
    assertThat(entry.getString("primaryAffair")).isEqualTo("kesehatan");
    assertThat(
            Api.get("/t/singkawang/api/shared-innovations?q=Rahasia%20Dapur", singkawang)
                .json()
                .getJsonArray("items"))
        .isEmpty();
    // the search text is matched literally: "%" and "_" are no wildcards
    assertThat(
            Api.get("/t/singkawang/api/shared-innovations?q=" + Api.enc("%"), singkawang)
                .json()
                .getJsonArray("items"))
        .isEmpty();
    assertThat(
            Api.get("/t/singkawang/api/shared-innovations?q=" + Api.enc("_"), singkawang)
                .json()
                .getJsonArray("items"))
        .isEmpty();
    // a region does not find its own innovations in the directory of others'
    assertThat(
            Api.get("/t/pontianak/api/shared-innovations?q=" + Api.enc(sharedName), pontianak)
                .json()
                .getJsonArray("items"))
        .isEmpty();
  }

  @Test
  void theDirectoryFiltersByAffair() {
    Api.Reply other =
        Api.get(
            "/t/singkawang/api/shared-innovations?affair=pendidikan&q=" + Api.enc(sharedName),
            singkawang);

    assertThat(other.json().getJsonArray("items")).isEmpty();
  }

  @Test
  void singkawangDeclaresPontianakConfirmsAndBothSeeTheLink() {
    String mine = singkawangInnovation("Posyandu Keliling Singkawang");

    Api.Reply declared = declare(mine, shared);
    assertThat(declared.status()).as(declared.body()).isEqualTo(201);
    String link = declared.json().getString("id");
    assertThat(declared.json().getString("state")).isEqualTo("REQUESTED");

    JsonObject origin = replications("pontianak", pontianak, shared);
    JsonObject incoming = linkOf(origin, link);
    assertThat(incoming.getString("side")).isEqualTo("ORIGIN");
    assertThat(incoming.getBoolean("mayAnswer")).isTrue();
    assertThat(incoming.getJsonObject("other").getString("region")).isEqualTo("Kota Singkawang");

    assertThat(act("singkawang", singkawang, link, "confirm").status()).isEqualTo(403);
    Api.Reply confirmed = act("pontianak", pontianak, link, "confirm");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().getString("state")).isEqualTo("CONFIRMED");
    assertThat(act("pontianak", pontianak, link, "confirm").status()).isEqualTo(409);

    JsonObject replica = linkOf(replications("singkawang", singkawang, mine), link);
    assertThat(replica.getString("state")).isEqualTo("CONFIRMED");
    assertThat(replica.getJsonObject("other").keySet()).containsExactlyInAnyOrder("name", "region");
    assertThat(replica.getJsonObject("other").getString("name")).isEqualTo(sharedName);
    assertThat(replica.getJsonObject("other").getString("region")).isEqualTo("Kota Pontianak");
    assertThat(replications("pontianak", pontianak, shared).getInt("regionsReplicating"))
        .isGreaterThanOrEqualTo(1);

    // audited in both regions; Singkawang's clinic admins are told by mail
    assertThat(auditCount("pontianak", "REPLICATION_CONFIRM")).isPositive();
    assertThat(
            Db.count(
                "select count(*) from t_singkawang.audit_log where action = 'REPLICATION_CONFIRMED'"
                    + " and entity_id = ?",
                link))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from t_singkawang.outbox where template_key ="
                    + " 'replication-confirmed' and idempotency_key like ?",
                "%" + link + "%"))
        .isEqualTo(1);
  }

  @Test
  void theCountIsOfRegionsWithAConfirmedLinkAndEndingOneRemovesIt() {
    String unit = InnovationFixtures.workUnit("pontianak", "DINSOS");
    String origin =
        InnovationFixtures.create(
            "pontianak", pontianak, InnovationFixtures.unique("Lumbung Sosial"), unit, true);
    String link =
        declare(singkawangInnovation("Lumbung Sosial Singkawang"), origin).json().getString("id");
    assertThat(replications("pontianak", pontianak, origin).getInt("regionsReplicating")).isZero();

    act("pontianak", pontianak, link, "confirm");
    assertThat(replications("pontianak", pontianak, origin).getInt("regionsReplicating"))
        .isEqualTo(1);

    Api.Reply ended = act("singkawang", singkawang, link, "end");
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().getString("state")).isEqualTo("ENDED");
    assertThat(replications("pontianak", pontianak, origin).getInt("regionsReplicating")).isZero();
    assertThat(act("pontianak", pontianak, link, "end").status()).isEqualTo(409);
  }

  @Test
  void pontianakDeclinesARequestAndCannotConfirmItAfterwards() {
    String link =
        declare(singkawangInnovation("Posyandu Singkawang Lain"), shared).json().getString("id");

    Api.Reply declined = act("pontianak", pontianak, link, "decline");

    assertThat(declined.status()).as(declined.body()).isEqualTo(200);
    assertThat(declined.json().getString("state")).isEqualTo("DECLINED");
    assertThat(act("pontianak", pontianak, link, "confirm").status()).isEqualTo(409);
  }

  @Test
  void aNonSharedInnovationCannotBeReplicated() {
    Api.Reply r = declare(singkawangInnovation("Dapur Singkawang"), notShared);

    assertThat(r.status()).as(r.body()).isEqualTo(400);
  }

  @Test
  void declaringTheSameLinkTwiceIsAConflict() {
    String mine = singkawangInnovation("Posyandu Kembar");
    assertThat(declare(mine, shared).status()).isEqualTo(201);

    assertThat(declare(mine, shared).status()).isEqualTo(409);
  }

  @Test
  void aRegionOnNeitherSideCannotSeeConfirmOrEndALink() {
    String link = declare(singkawangInnovation("Posyandu Rahasia"), shared).json().getString("id");

    assertThat(act("sumedang", sumedang, link, "confirm").status()).isEqualTo(404);
    assertThat(act("sumedang", sumedang, link, "decline").status()).isEqualTo(404);
    assertThat(act("sumedang", sumedang, link, "end").status()).isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/replications/" + link, sumedang).status()).isEqualTo(404);
    assertThat(Api.get("/t/singkawang/api/replications/" + link, singkawang).status())
        .isEqualTo(200);
  }

  @Test
  void singkawangCannotReadPontianaksInnovationItsJourneyOrItsLinks() {
    assertThat(Api.get("/t/singkawang/api/innovations/" + shared + "/journey", singkawang).status())
        .isEqualTo(404);
    assertThat(
            Api.get("/t/singkawang/api/innovations/" + shared + "/replications", singkawang)
                .status())
        .isEqualTo(404);
    assertThat(Api.get("/t/pontianak/api/innovations/" + shared + "/journey", singkawang).status())
        .isIn(401, 403, 404);
  }

  @Test
  void unsharingRemovesTheInnovationFromTheDirectory() {
    String unit = InnovationFixtures.workUnit("pontianak", "DISDUKCAPIL");
    String name = InnovationFixtures.unique("KTP Kilat");
    String id = InnovationFixtures.create("pontianak", pontianak, name, unit, true);
    String search = "/t/singkawang/api/shared-innovations?q=" + Api.enc(name);
    assertThat(Api.get(search, singkawang).json().getJsonArray("items")).hasSize(1);

    Api.Reply unshared =
        Api.put(
            "/t/pontianak/api/innovations/" + id,
            pontianak,
            InnovationFixtures.body(name, unit, false));

    assertThat(unshared.status()).as(unshared.body()).isEqualTo(200);
    assertThat(Api.get(search, singkawang).json().getJsonArray("items")).isEmpty();
  }

  @Test
  void theDemoReplicationOfSiAntreIsCompletedByTheNextReconcileOnceTheInnovationIsThere()
      throws Exception {
    String siantre = "Antrean Puskesmas Daring (SiAntre)";
    String unit = InnovationFixtures.workUnit("pontianak", "DINKES");
    // Pontianak's demo portfolio may hold it already (manifest seed); else it is made here
    Api.Reply made =
        Api.post(
            "/t/pontianak/api/innovations",
            pontianak,
            InnovationFixtures.body(siantre, unit, false));
    assertThat(made.status()).as(made.body()).isIn(201, 409);

    String platform = Api.token("platform.admin", null);
    assertThat(Api.post("/api/platform/tenants/reconcile", platform, null).status()).isEqualTo(202);
    String link =
        "select count(*) from platform.replication where demo and state = 'CONFIRMED'"
            + " and origin_tenant = 'pontianak' and replica_tenant = 'singkawang'"
            + " and origin_name = ?";
    for (int i = 0; i < 120 && Db.count(link, siantre) == 0; i++) {
      Thread.sleep(1000);
    }

    assertThat(Db.count(link, siantre)).as("the confirmed demo link").isEqualTo(1);
    assertThat(
            Api.get("/t/singkawang/api/shared-innovations?q=SiAntre", singkawang)
                .json()
                .getJsonArray("items"))
        .as("SiAntre is shared now")
        .hasSize(1);
    assertThat(
            Db.count(
                "select count(*) from t_singkawang.innovation"
                    + " where name = 'Antrean Puskesmas Daring Singkawang'"))
        .isEqualTo(1);
    // a second reconcile makes nothing twice
    assertThat(Api.post("/api/platform/tenants/reconcile", platform, null).status()).isIn(202, 409);
    Thread.sleep(3000);
    assertThat(Db.count(link, siantre)).isEqualTo(1);
  }

  private static long auditCount(String slug, String action) {
    return Db.count("select count(*) from t_" + slug + ".audit_log where action = ?", action);
  }

  private static JsonObject linkOf(JsonObject replications, String link) {
    return replications.getJsonArray("links").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("id").equals(link))
        .findFirst()
        .orElseThrow(() -> new AssertionError(link + " not in " + replications));
  }
}
