package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.assistant.infrastructure.FakeChatCompletions;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The writing assistant on a proposal, on the packaged WAR against the fake OpenAI-compatible
 * endpoint {@link LocalStack} starts (the app's client code real): off until the tenant's admin
 * switches it on (409), a streamed reply, one JSON answer, an endpoint that fails (500) or keeps
 * silent past the deadline (503 with a notice, writing unaffected), what was sent and received
 * kept, an accepted suggestion saved marked as AI, and nobody else's proposal reachable.
 */
@ExtendWith(LocalStack.class)
class ProposalAssistIT {

  private static final String API = "/t/pontianak/api/proposals";

  private static String admin;
  private static String innovator;
  private static String proposal;

  @BeforeAll
  static void aProposalWithASection() {
    admin = Api.token("admin.pontianak", "pontianak");
    innovator = Api.token("inovator.pontianak", "pontianak");
    proposal = ProposalAssistFixtures.kippProposal("Antrean Puskesmas Daring");
  }

  @AfterAll
  static void switchOff() {
    Api.put("/t/pontianak/api/assistant", admin, "{\"enabled\":false}");
  }

  private static Api.Reply assist(String token, String text, String accept) {
    return Api.send(
        Api.request(API + "/" + proposal + "/sections/novelty/assist", token)
            .header("Content-Type", "application/json")
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")));
  }

  @Test
  void theAssistantWorksOnlyWhileSwitchedOnAndKeepsEveryExchange() {
    Api.put("/t/pontianak/api/assistant", admin, "{\"enabled\":false}");
    Api.Reply off = assist(innovator, "Warga antre lama di puskesmas.", "application/json");
    assertThat(off.status()).as(off.body()).isEqualTo(409);
    assertThat(off.body()).contains("assistant.off");

    assertThat(Api.put("/t/pontianak/api/assistant", admin, "{\"enabled\":true}").status())
        .isEqualTo(200);

    // one JSON answer
    Api.Reply whole = assist(innovator, "Warga antre lama di puskesmas.", "application/json");
    assertThat(whole.status()).as(whole.body()).isEqualTo(200);
    assertThat(whole.json().getString("text")).isEqualTo(FakeChatCompletions.REPLY);
    assertThat(whole.json().getBoolean("complete")).isTrue();
    String exchange = whole.json().getString("exchangeId");

    // the model got the writer's text, the section's guidance and the rubric, with the key
    String sent = LocalStack.ai().bodies().get(LocalStack.ai().bodies().size() - 1);
    assertThat(sent).contains("Warga antre lama di puskesmas.").contains("fake-model");
    assertThat(sent).contains("Kriteria penilaian");
    assertThat(LocalStack.ai().authorizations()).contains("Bearer it-key");

    // what was sent and received is kept, named in the audit trail
    JsonObject kept = Api.get("/t/pontianak/api/assistant/exchanges/" + exchange, admin).json();
    assertThat(kept.getString("sent")).contains("Warga antre lama di puskesmas.");
    assertThat(kept.getString("received")).isEqualTo(FakeChatCompletions.REPLY);
    assertThat(kept.getString("outcome")).isEqualTo("complete");
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.audit_log where action = 'AI_SUGGESTION'"
                    + " and entity_id = ?",
                exchange))
        .isEqualTo(1);

    // streamed as server-sent events
    Api.Reply streamed = assist(innovator, "Warga antre lama.", "text/event-stream");
    assertThat(streamed.status()).as(streamed.body()).isEqualTo(200);
    assertThat(streamed.body()).contains("data: {\"piece\":\"Inovasi\"}");
    assertThat(streamed.body()).contains("event: done").contains("\"complete\":true");

    // the writer accepts it: the version is marked as AI-assisted
    Api.Reply saved =
        Api.send(
            Api.request(API + "/" + proposal + "/sections/novelty", innovator)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"text\":\"" + FakeChatCompletions.REPLY + "\",\"aiAssisted\":true}")));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    JsonObject newest =
        Api.get(API + "/" + proposal + "/versions", innovator)
            .structure()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(newest.getBoolean("aiAssisted")).isTrue();
  }

  @Test
  void aFailingOrSilentEndpointNeverBlocksWriting() {
    assertThat(Api.put("/t/pontianak/api/assistant", admin, "{\"enabled\":true}").status())
        .isEqualTo(200);

    Api.Reply refused = assist(innovator, "Teks [[gagal]].", "application/json");
    assertThat(refused.status()).as(refused.body()).isEqualTo(503);
    assertThat(refused.body()).contains("assistant.refused");

    Api.Reply refusedStream = assist(innovator, "Teks [[gagal]].", "text/event-stream");
    assertThat(refusedStream.status()).isEqualTo(200);
    assertThat(refusedStream.body()).contains("event: error");

    long started = System.nanoTime();
    Api.Reply silent = assist(innovator, "Teks [[diam]].", "application/json");
    assertThat(silent.status()).as(silent.body()).isEqualTo(503);
    assertThat(silent.body()).contains("assistant.timeout");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));

    // writing goes on
    Api.Reply saved =
        Api.send(
            Api.request(API + "/" + proposal + "/sections/resources", innovator)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"Tetap bisa menulis.\"}")));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.assistant_exchange where outcome in"
                    + " ('failed', 'timeout')"))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void nobodyButItsWritersAsksAboutAProposal() {
    assertThat(
            assist(Api.token("admin.singkawang", "singkawang"), "x", "application/json").status())
        .isIn(403, 404);
    Api.Reply viaSingkawang =
        Api.send(
            Api.request(
                    "/t/singkawang/api/proposals/" + proposal + "/sections/novelty/assist",
                    Api.token("admin.singkawang", "singkawang"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")));
    assertThat(viaSingkawang.status()).isEqualTo(404);
    assertThat(Api.post(API + "/" + proposal + "/sections/nosuch/assist", innovator, "{}").status())
        .isIn(404, 409);
  }
}
