package id.klik.edge.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.tenancy.domain.TenantModule;
import org.junit.jupiter.api.Test;

class ModuleGateTest {

  @Test
  void aPageBelongsToTheModuleOfItsName() {
    assertThat(ModuleGate.moduleOf("/app/work-units.xhtml")).contains(TenantModule.WORK_UNITS);
  }

  @Test
  void anApiCallBelongsToTheModuleOfItsFirstSegment() {
    assertThat(ModuleGate.moduleOf("/api/tenant/work-units/import"))
        .contains(TenantModule.WORK_UNITS);
    assertThat(ModuleGate.moduleOf("/api/tenant/templates/drafts/x"))
        .contains(TenantModule.TEMPLATES);
  }

  @Test
  void theHomeAndClinicPagesBelongToNoModule() {
    assertThat(ModuleGate.moduleOf("/app/index.xhtml")).isEmpty();
    assertThat(ModuleGate.moduleOf("/app/clinic.xhtml")).isEmpty();
    assertThat(ModuleGate.moduleOf("/api/tenant/clinic")).isEmpty();
  }

  @Test
  void theIndexModulesApiIsGatedButTheHomePageNamedIndexIsNot() {
    assertThat(ModuleGate.moduleOf("/api/tenant/index/2026")).contains(TenantModule.INDEX);
    assertThat(ModuleGate.moduleOf("/api/tenant/index/2026/what-if")).contains(TenantModule.INDEX);
    assertThat(ModuleGate.moduleOf("/app/innovation-index.xhtml")).contains(TenantModule.INDEX);
    assertThat(ModuleGate.moduleOf("/app/index.xhtml")).isEmpty();
    assertThat(ModuleGate.moduleOf("/app/index")).isEmpty();
  }

  @Test
  void pathsOutsideTheTenantAreNotGated() {
    assertThat(ModuleGate.moduleOf("/api/platform/tenants")).isEmpty();
  }
}
