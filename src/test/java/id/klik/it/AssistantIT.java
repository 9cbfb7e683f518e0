package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The writing assistant's switch per tenant on the packaged WAR, with the deployment's AI endpoint
 * set (the fake one {@link LocalStack} starts): the admin switches it, staff may not, another
 * tenant's switch and exchanges stay its own. The suggestions themselves: {@code ProposalAssistIT}.
 */
@ExtendWith(LocalStack.class)
class AssistantIT {

  @AfterAll
  static void switchOffAgain() {
    Api.put(
        "/t/sumedang/api/assistant",
        Api.token("admin.sumedang", "sumedang"),
        "{\"enabled\":false}");
  }

  @Test
  void theAdminSwitchesTheSuggestionsOnForTheirTenantOnly() {
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String singkawang = Api.token("admin.singkawang", "singkawang");

    JsonObject before = Api.get("/t/sumedang/api/assistant", sumedang).json();
    assertThat(before.getBoolean("configured")).isTrue();
    assertThat(before.getString("model")).isEqualTo("fake-model");

    Api.Reply on = Api.put("/t/sumedang/api/assistant", sumedang, "{\"enabled\":true}");
    assertThat(on.status()).as(on.body()).isEqualTo(200);
    assertThat(on.json().getBoolean("available")).isTrue();

    // Singkawang's switch is its own
    assertThat(Api.get("/t/singkawang/api/assistant", singkawang).json().getBoolean("enabled"))
        .isFalse();
    // and the switch is audited
    assertThat(Db.count("select count(*) from t_sumedang.audit_log where action = 'ASSISTANT_ON'"))
        .isPositive();

    Api.Reply off = Api.put("/t/sumedang/api/assistant", sumedang, "{\"enabled\":false}");
    assertThat(off.json().getBoolean("available")).isFalse();
  }

  @Test
  void staffMayReadWhetherItIsAvailableButNotSwitchIt() {
    String staff = Api.token("staf.pontianak", "pontianak");

    assertThat(Api.get("/t/pontianak/api/assistant", staff).status()).isEqualTo(200);
    assertThat(Api.put("/t/pontianak/api/assistant", staff, "{\"enabled\":true}").status())
        .isEqualTo(403);
    assertThat(Api.get("/t/pontianak/api/assistant/exchanges", staff).status()).isEqualTo(403);
  }

  @Test
  void aSwitchWithoutItsValueIsRefusedByName() {
    String admin = Api.token("admin.sumedang", "sumedang");

    Api.Reply r = Api.put("/t/sumedang/api/assistant", admin, "{}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("enabled");
  }

  @Test
  void anotherTenantsExchangeIsNotFound() {
    String pontianak = Api.token("admin.pontianak", "pontianak");
    String singkawang = Api.token("admin.singkawang", "singkawang");
    Db.execute(
        "insert into t_pontianak.assistant_exchange (id, actor, subject_type, subject_id, section_id, model,"
            + " sent, received, outcome, duration_ms) values ('7d4c3a52-0000-4000-8000-0000000000a1',"
            + " 'admin.pontianak', 'proposal', 'x', 's', 'fake-model', 'dikirim', 'diterima',"
            + " 'complete', 12) on conflict do nothing");

    Api.Reply own =
        Api.get(
            "/t/pontianak/api/assistant/exchanges/7d4c3a52-0000-4000-8000-0000000000a1", pontianak);
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().getString("sent")).isEqualTo("dikirim");

    assertThat(
            Api.get(
                    "/t/singkawang/api/assistant/exchanges/7d4c3a52-0000-4000-8000-0000000000a1",
                    singkawang)
                .status())
        .isEqualTo(404);
    assertThat(Api.get("/t/singkawang/api/assistant/exchanges", singkawang).json().getInt("total"))
        .isZero();
  }
}
