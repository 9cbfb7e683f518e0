package id.klik.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TenantModuleTest {

  @Test
  void theRegistryListIsReadByManifestCode() {
    assertThat(TenantModule.parseList("work-units,index"))
        .containsExactlyInAnyOrder(TenantModule.WORK_UNITS, TenantModule.INDEX);
  }

  @Test
  void aTenantThatListsNoModulesHasThemAll() {
    assertThat(TenantModule.parseList("")).isEqualTo(EnumSet.allOf(TenantModule.class));
  }

  @Test
  void everyTemplatePageBelongsToTheTemplatesModule() {
    assertThat(TenantModule.owning("template-edit")).contains(TenantModule.TEMPLATES);
    assertThat(TenantModule.owning("template-publish")).contains(TenantModule.TEMPLATES);
    assertThat(TenantModule.owning("templates")).contains(TenantModule.TEMPLATES);
  }

  @Test
  void theClinicAndHomePagesBelongToNoModule() {
    assertThat(TenantModule.owning("clinic")).isEmpty();
    assertThat(TenantModule.owning("index")).isEmpty();
  }

  @Test
  void everyCodeRoundTrips() {
    for (TenantModule m : TenantModule.values()) {
      assertThat(TenantModule.ofCode(m.code())).contains(m);
    }
  }
}
