package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A module a tenant has not enabled does not exist there: Singkawang's manifest leaves out
 * work-units, so its work-unit API answers 404 in JSON, while Pontianak, which enabled it, is
 * served; modules it did enable keep working.
 */
@ExtendWith(LocalStack.class)
class ModulesIT {

  @Test
  void aDisabledModulesApiAnswers404Json() {
    String singkawang = Api.token("admin.singkawang", "singkawang");

    Api.Reply reply = Api.get("/t/singkawang/api/work-units", singkawang);

    assertThat(reply.status()).as(reply.body()).isEqualTo(404);
    assertThat(reply.json().getString("code")).isEqualTo("module.disabled");
    assertThat(reply.json().getString("requestId")).isNotBlank();
  }

  @Test
  void aDisabledModuleRefusesWritesToo() {
    String singkawang = Api.token("admin.singkawang", "singkawang");

    Api.Reply reply =
        Api.post(
            "/t/singkawang/api/work-units",
            singkawang,
            "{\"code\":\"X-1\",\"name\":\"Dinas X\",\"kind\":\"OPD\"}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(404);
  }

  @Test
  void anEnabledModuleOfTheSameTenantIsServed() {
    String singkawang = Api.token("admin.singkawang", "singkawang");

    assertThat(Api.get("/t/singkawang/api/templates", singkawang).status()).isEqualTo(200);
  }

  @Test
  void anotherTenantThatEnabledTheModuleIsServed() {
    String pontianak = Api.token("admin.pontianak", "pontianak");

    assertThat(Api.get("/t/pontianak/api/work-units", pontianak).status()).isEqualTo(200);
  }
}
