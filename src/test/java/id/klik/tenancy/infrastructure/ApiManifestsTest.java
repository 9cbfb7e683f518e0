package id.klik.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.Messages;
import id.klik.tenancy.domain.InvalidManifestException;
import id.klik.tenancy.domain.ManifestResult;
import id.klik.tenancy.domain.NewTenant;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantManifest;
import id.klik.tenancy.domain.TenantSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApiManifestsTest {

  private final ApiManifests manifests = new ApiManifests();

  private static NewTenant tenant(
      String slug, String kind, String regionCode, NewTenant.Admin... a) {
    return new NewTenant(slug, "Kota Ketapang Baru", kind, regionCode, "WIB", "id", List.of(a));
  }

  private static final NewTenant.Admin ADMIN =
      new NewTenant.Admin("Admin.Ketapang@Example.go.id", "Admin Ketapang");

  private ManifestResult check(NewTenant t) {
    return manifests.check(t.slug(), manifests.manifestOf(t), t.problems());
  }

  /** Field -> English message of every problem. */
  private Map<String, String> problems(NewTenant t) {
    try {
      check(t);
    } catch (InvalidManifestException e) {
      return e.problems().stream()
          .collect(
              Collectors.toMap(
                  FieldProblem::field,
                  p -> Messages.get(Locale.ENGLISH, p.messageKey(), p.args().toArray()),
                  (x, y) -> x + " | " + y));
    }
    return Map.of();
  }

  @Test
  void aGoodRequestBecomesAManifestWithItsAdminsAsClinicAdmins() {
    ManifestResult result = check(tenant("ketapang-baru", "kota", "61.72", ADMIN));

    TenantManifest m = result.manifest().orElseThrow();
    assertThat(m.kind()).isEqualTo(TenantKind.KOTA);
    assertThat(m.members())
        .containsExactly(
            new TenantManifest.Member(
                "admin.ketapang@example.go.id",
                "Admin.Ketapang@Example.go.id",
                "Admin Ketapang",
                List.of("clinic-admin")));
    assertThat(result.hash()).hasSize(32);
  }

  @Test
  void theKindMayBeWrittenInCapitals() {
    assertThat(check(tenant("ketapang-baru", "KABUPATEN", "61.04", ADMIN)).valid()).isTrue();
  }

  @Test
  void aRegionCodeNotFittingTheKindSaysWhatFits() {
    Map<String, String> kindMismatch = problems(tenant("ketapang-baru", "kota", "61.04", ADMIN));
    assertThat(kindMismatch).containsOnlyKeys("regionCode");
    assertThat(kindMismatch.get("regionCode")).contains("61.04", "cities 71–99");
    assertThat(problems(tenant("kalbar", "provinsi", "61.71", ADMIN)).get("regionCode"))
        .contains("two digits only");
    assertThat(problems(tenant("ketapang-baru", "kota", "61", ADMIN)).get("regionCode"))
        .contains("PP.KK");
  }

  @Test
  void badSlugKindTimeZoneLocaleAndEmailAreEachNamed() {
    NewTenant t =
        new NewTenant(
            "Ketapang Baru",
            "Kota",
            "desa",
            "6172",
            "UTC",
            "fr",
            List.of(new NewTenant.Admin("not-an-email", null)));

    Map<String, String> problems = problems(t);

    assertThat(problems)
        .containsKeys("slug", "kind", "regionCode", "timeZone", "locale", "admins[0].email");
    assertThat(problems.get("slug")).contains("lower-case letters");
  }

  @Test
  void atLeastOneAdminEachWithAnEmailNoneTwice() {
    assertThat(problems(tenant("ketapang-baru", "kota", "61.72")))
        .containsEntry("admins", "Name at least one clinic admin.");
    assertThat(problems(tenant("ketapang-baru", "kota", "61.72", new NewTenant.Admin(null, "X"))))
        .containsKey("admins[0].email");
    assertThat(
            problems(
                tenant(
                    "ketapang-baru",
                    "kota",
                    "61.72",
                    ADMIN,
                    new NewTenant.Admin("admin.ketapang@example.go.id", "Again"))))
        .containsKey("admins[1].email");
  }

  @Test
  void aSlugThatIsAPathOfTheApiIsRefused() {
    assertThat(problems(tenant("reconcile", "kota", "61.79", ADMIN))).containsKey("slug");
  }

  @Test
  void messagesComeInBothLanguages() {
    try {
      check(tenant("ketapang-baru", "kota", "61.04", ADMIN));
    } catch (InvalidManifestException e) {
      FieldProblem p = e.problems().get(0);
      assertThat(Messages.get(Messages.INDONESIAN, p.messageKey(), p.args().toArray()))
          .contains("61.04")
          .isNotEqualTo(Messages.get(Locale.ENGLISH, p.messageKey(), p.args().toArray()));
      return;
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void settingsChangeOnlyWhatTheyName() {
    String manifest = manifests.manifestOf(tenant("ketapang-baru", "kota", "61.72", ADMIN));

    String changed =
        manifests.withSettings(
            manifest,
            new TenantSettings("Kota Ketapang", "WITA", null, List.of("work-units"), "#123456"));

    TenantManifest m =
        manifests.check("ketapang-baru", changed, List.of()).manifest().orElseThrow();
    assertThat(m.name()).isEqualTo("Kota Ketapang");
    assertThat(m.timeZone().name()).isEqualTo("WITA");
    assertThat(m.locale()).isEqualTo("id");
    assertThat(m.modules()).containsExactly("work-units");
    assertThat(m.primaryColor()).contains("#123456");
    assertThat(m.members()).hasSize(1);
  }

  @Test
  void badSettingsAreRefusedWithTheManifestsMessages() {
    String manifest = manifests.manifestOf(tenant("ketapang-baru", "kota", "61.72", ADMIN));
    String changed =
        manifests.withSettings(
            manifest, new TenantSettings("", "CET", "fr", List.of("teleport"), "green"));

    assertThatThrownBy(() -> manifests.check("ketapang-baru", changed, List.of()))
        .isInstanceOfSatisfying(
            InvalidManifestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .contains("name", "timeZone", "locale", "primaryColor"));
  }
}
