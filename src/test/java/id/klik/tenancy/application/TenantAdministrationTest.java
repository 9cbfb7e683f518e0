package id.klik.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.domain.KlikUser;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.tenancy.domain.OnboardingStep;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import id.klik.tenancy.domain.TenantSummary;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Suspending and resuming a tenant; the platform store is a map here instead of {@code
 * platform.tenant}.
 */
class TenantAdministrationTest {

  private final Map<String, OnboardingStep> steps = new HashMap<>();
  private final Map<String, TenantStatus> statuses = new HashMap<>();
  private final List<String> audit = new ArrayList<>();
  private final CurrentUser currentUser = new CurrentUser();
  private final TenantAdministration administration = new TenantAdministration();

  TenantAdministrationTest() {
    JdbcTenantStore store =
        new JdbcTenantStore() {
          @Override
          public Optional<Row> find(String slug) {
            return Optional.ofNullable(steps.get(slug))
                .map(step -> new Row(ref(slug, statuses.get(slug)), step, "hash", "org"));
          }

          @Override
          public void setStatus(String slug, TenantStatus status) {
            statuses.put(slug, status);
          }

          @Override
          public void audit(String actor, String action, String slug, String details) {
            audit.add(actor + " " + action + " " + slug);
          }

          @Override
          public List<TenantSummary> summaries() {
            return steps.keySet().stream()
                .map(
                    slug ->
                        new TenantSummary(
                            slug,
                            "Kota " + slug,
                            TenantKind.KOTA,
                            "6171",
                            statuses.get(slug),
                            steps.get(slug),
                            "t_" + slug,
                            "6",
                            "DONE",
                            null,
                            null,
                            null,
                            null,
                            null))
                .toList();
          }

          @Override
          public List<TenantRef> loadAll() {
            return List.of();
          }
        };
    administration.store = store;
    administration.registry = new TenantRegistry();
    administration.registry.store = store;
    administration.currentUser = currentUser;
    currentUser.set(
        new KlikUser(
            "s", "platform.admin", "a@klik.id", "Admin", Set.of(), Set.of(KlikUser.PLATFORM_ADMIN)),
        Set.of());
  }

  private static TenantRef ref(String slug, TenantStatus status) {
    return new TenantRef(
        slug,
        "t_" + slug,
        "Kota " + slug,
        TenantKind.KOTA,
        "6171",
        status,
        "id",
        RegionTimeZone.WIB);
  }

  private void tenant(String slug, OnboardingStep step, TenantStatus status) {
    steps.put(slug, step);
    statuses.put(slug, status);
  }

  @Test
  void anOnboardedTenantIsSuspendedAndResumedWithAnAuditEntryEach() {
    tenant("pontianak", OnboardingStep.DONE, TenantStatus.ACTIVE);

    assertThat(administration.suspend("pontianak").status()).isEqualTo(TenantStatus.SUSPENDED);
    assertThat(administration.resume("pontianak").status()).isEqualTo(TenantStatus.ACTIVE);
    assertThat(audit)
        .containsExactly("platform.admin SUSPEND pontianak", "platform.admin RESUME pontianak");
  }

  @Test
  void aTenantStillBeingOnboardedCannotBeResumedAndNothingIsRecorded() {
    tenant("sumedang", OnboardingStep.MIGRATED, TenantStatus.FAILED);

    assertThatThrownBy(() -> administration.resume("sumedang"))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("tenant.notOnboarded");
              assertThat(e.args()).containsExactly("Kota sumedang");
            });
    assertThat(statuses).containsEntry("sumedang", TenantStatus.FAILED);
    assertThat(audit).isEmpty();
  }

  @Test
  void anUnknownTenantIsNotFound() {
    assertThatThrownBy(() -> administration.suspend("atlantis"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyAPlatformAdminChangesATenant() {
    tenant("pontianak", OnboardingStep.DONE, TenantStatus.ACTIVE);
    currentUser.set(
        new KlikUser("s", "admin.pontianak", "a@klik.id", "A", Set.of("pontianak"), Set.of()),
        Set.of());

    assertThatThrownBy(() -> administration.suspend("pontianak"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(statuses).containsEntry("pontianak", TenantStatus.ACTIVE);
  }
}
