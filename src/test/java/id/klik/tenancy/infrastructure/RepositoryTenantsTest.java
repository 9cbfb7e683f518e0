package id.klik.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.organization.domain.WorkUnitCsv;
import id.klik.organization.domain.WorkUnitImportPlan;
import id.klik.organization.domain.WorkUnitKind;
import id.klik.tenancy.domain.ManifestResult;
import id.klik.tenancy.domain.TenantKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The manifests committed under {@code tenants/} are the ones deployed: they must stay valid. */
class RepositoryTenantsTest {

  private static final Path TENANTS = Path.of("tenants");

  private final ManifestReader reader = new ManifestReader();

  @Test
  void everyCommittedManifestIsValid() {
    List<ManifestResult> results = reader.readAll(TENANTS);

    assertThat(results).extracting(ManifestResult::folder).contains("pontianak", "sumedang");
    assertThat(results).allSatisfy(r -> assertThat(r.problems()).as(r.folder()).isEmpty());
  }

  @Test
  void pontianakIsAKotaWithItsWorkUnitsSeed() {
    ManifestResult result = reader.read(TENANTS.resolve("pontianak"));

    assertThat(result.manifest())
        .hasValueSatisfying(
            m -> {
              assertThat(m.kind()).isEqualTo(TenantKind.KOTA);
              assertThat(m.regionCode()).isEqualTo("61.71");
              assertThat(m.workUnitsCsv()).contains("work-units.csv");
            });
  }

  @Test
  void sumedangIsAKabupaten() {
    ManifestResult result = reader.read(TENANTS.resolve("sumedang"));

    assertThat(result.manifest())
        .hasValueSatisfying(
            m -> {
              assertThat(m.kind()).isEqualTo(TenantKind.KABUPATEN);
              assertThat(m.regionCode()).isEqualTo("32.11");
            });
  }

  @Test
  void pontianaksWorkUnitsPlanSixKecamatanAndTwentyNineKelurahan() throws IOException {
    WorkUnitImportPlan.Result plan = plan("pontianak");

    assertThat(plan.problems()).isEmpty();
    Map<WorkUnitKind, Long> byKind =
        plan.operations().stream()
            .collect(
                Collectors.groupingBy(WorkUnitImportPlan.Operation::kind, Collectors.counting()));
    assertThat(byKind)
        .containsEntry(WorkUnitKind.KECAMATAN, 6L)
        .containsEntry(WorkUnitKind.KELURAHAN, 29L);
  }

  @Test
  void sumedangsWorkUnitsPlanWithoutProblems() throws IOException {
    WorkUnitImportPlan.Result plan = plan("sumedang");

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.operations()).isNotEmpty();
  }

  private WorkUnitImportPlan.Result plan(String tenant) throws IOException {
    String csv = Files.readString(TENANTS.resolve(tenant).resolve("work-units.csv"));
    WorkUnitCsv.Parsed parsed = WorkUnitCsv.parse(csv);
    assertThat(parsed.problems()).isEmpty();
    return WorkUnitImportPlan.plan(parsed.rows(), Map.of());
  }
}
