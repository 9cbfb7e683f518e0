package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Work that is not a request of a tenant enters it only through the audited construct: onboarding
 * of the demo tenants left one platform-audit line per entry, with its reason.
 */
@ExtendWith(LocalStack.class)
class TenantEntryIT {

  @Test
  void onboardingEnteredEachTenantThroughTheAuditedConstruct() {
    for (String slug : new String[] {"pontianak", "sumedang"}) {
      assertThat(
              Db.count(
                  "select count(*) from platform.platform_audit where action = 'ENTER_TENANT'"
                      + " and tenant = ? and details = 'onboarding: members'",
                  slug))
          .as(slug)
          .isGreaterThanOrEqualTo(1);
      assertThat(
              Db.count(
                  "select count(*) from platform.platform_audit where action = 'ENTER_TENANT'"
                      + " and tenant = ? and details = 'onboarding: seed data'",
                  slug))
          .as(slug)
          .isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void seedDataReachedTheTenantThroughTheEvent() {
    // work units are seeded by organization observing TenantSeeding, no longer by tenancy itself
    assertThat(Db.count("select count(*) from t_pontianak.work_unit")).isGreaterThanOrEqualTo(35);
  }
}
