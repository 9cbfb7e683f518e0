package id.klik.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.klik.shared.yaml.YamlProblem;
import id.klik.tenancy.domain.ManifestResult;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

  private static final String PONTIANAK =
      """
      slug: pontianak
      name: Kota Pontianak
      kind: kota
      regionCode: "61.71"
      timeZone: WIB
      members:
        - username: admin.pontianak
          email: admin.pontianak@klik.example.go.id
          roles: [clinic-admin]
      seed:
        workUnits: work-units.csv
      """;

  private static final String SUMEDANG =
      """
      slug: sumedang
      name: Kabupaten Sumedang
      kind: kabupaten
      regionCode: "32.11"
      timeZone: WIB
      """;

  private static final String CSV = "code,name,kind\nDINKES,Dinas Kesehatan,OPD\n";

  @TempDir Path tenants;

  private final ManifestReader reader = new ManifestReader();

  private Path folder(String name, String manifest) throws IOException {
    Path folder = Files.createDirectories(tenants.resolve(name));
    Files.writeString(folder.resolve("tenant.yaml"), manifest);
    Files.writeString(folder.resolve("work-units.csv"), CSV);
    return folder;
  }

  private YamlProblem onlyProblem(ManifestResult result) {
    assertThat(result.problems()).hasSize(1);
    return result.problems().get(0);
  }

  @Test
  void aValidManifestGivesTheTenantItDeclares() throws IOException {
    ManifestResult result = reader.read(folder("pontianak", PONTIANAK));

    assertThat(result.valid()).isTrue();
    TenantManifest manifest = result.manifest().orElseThrow();
    assertThat(manifest.slug().value()).isEqualTo("pontianak");
    assertThat(manifest.kind()).isEqualTo(TenantKind.KOTA);
    assertThat(manifest.regionCode()).isEqualTo("61.71");
    assertThat(manifest.timeZone()).isEqualTo(RegionTimeZone.WIB);
    assertThat(manifest.locale()).isEqualTo("id");
    assertThat(manifest.workUnitsCsv()).contains("work-units.csv");
    assertThat(manifest.members())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.username()).isEqualTo("admin.pontianak");
              assertThat(m.roles()).containsExactly("clinic-admin");
            });
  }

  @Test
  void theLogoBesideTheManifestIsCarriedAsADataUri() throws IOException {
    Path folder =
        folder("sumedang", SUMEDANG + "branding:\n  primaryColor: \"#1F4E8C\"\n  logo: logo.svg\n");
    Files.writeString(folder.resolve("logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");

    TenantManifest manifest = reader.read(folder).manifest().orElseThrow();

    assertThat(manifest.logo())
        .hasValueSatisfying(uri -> assertThat(uri).startsWith("data:image/svg+xml;base64,"));
    assertThat(manifest.primaryColor()).contains("#1F4E8C");
  }

  @Test
  void aLogoThatIsNotThereIsReportedOnItsLine() throws IOException {
    ManifestResult result =
        reader.read(folder("sumedang", SUMEDANG + "branding:\n  logo: logo.png\n"));

    YamlProblem problem = onlyProblem(result);
    assertThat(problem.field()).isEqualTo("branding.logo");
    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.messageEn()).isEqualTo("The logo file 'logo.png' is not in this folder.");
  }

  @Test
  void aLogoTooLargeForEveryPageIsRefused() throws IOException {
    Path folder = folder("sumedang", SUMEDANG + "branding:\n  logo: logo.png\n");
    Files.write(folder.resolve("logo.png"), new byte[200 * 1024]);

    assertThat(onlyProblem(reader.read(folder)).messageEn())
        .isEqualTo("The logo file 'logo.png' is larger than 100 KB; make the image smaller.");
  }

  @Test
  void aValidManifestHasAHash() throws IOException {
    ManifestResult result = reader.read(folder("pontianak", PONTIANAK));

    assertThat(result.hash()).hasSize(32).isHexadecimal();
  }

  @Test
  void theHashChangesWhenTheSeedFileChanges() throws IOException {
    Path folder = folder("pontianak", PONTIANAK);
    String before = reader.read(folder).hash();

    Files.writeString(folder.resolve("work-units.csv"), CSV + "DISHUB,Dinas Perhubungan,OPD\n");

    assertThat(reader.read(folder).hash()).isNotEqualTo(before);
  }

  @Test
  void aSlugOtherThanTheFolderNameIsReportedOnTheSlugLine() throws IOException {
    ManifestResult result = reader.read(folder("kota-pontianak", PONTIANAK));

    YamlProblem problem = onlyProblem(result);
    assertThat(result.manifest()).isEmpty();
    assertThat(problem.file()).isEqualTo("kota-pontianak/tenant.yaml");
    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.field()).isEqualTo("slug");
    assertThat(problem.messageEn())
        .isEqualTo("The slug 'pontianak' must equal the folder name 'kota-pontianak'.");
  }

  @Test
  void aRegionCodeThatDoesNotFitTheKindIsReportedOnTheRegionCodeLine() throws IOException {
    ManifestResult result =
        reader.read(folder("pontianak", PONTIANAK.replace("kind: kota", "kind: kabupaten")));

    YamlProblem problem = onlyProblem(result);
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.field()).isEqualTo("regionCode");
    assertThat(problem.messageEn())
        .isEqualTo("Code 61.71 does not fit kind kabupaten: regencies use 01–69, cities 71–99.");
  }

  @Test
  void aMissingSeedFileIsReportedOnItsLine() throws IOException {
    Path folder = folder("pontianak", PONTIANAK);
    Files.delete(folder.resolve("work-units.csv"));

    YamlProblem problem = onlyProblem(reader.read(folder));

    assertThat(problem.line()).isEqualTo(11);
    assertThat(problem.field()).isEqualTo("seed.workUnits");
    assertThat(problem.messageEn())
        .isEqualTo("The seed file 'work-units.csv' is not in this folder.");
  }

  @Test
  void aManifestWithoutSeedNeedsNoSeedFile() throws IOException {
    Path folder =
        folder("pontianak", PONTIANAK.replace("seed:\n  workUnits: work-units.csv\n", ""));
    Files.delete(folder.resolve("work-units.csv"));

    ManifestResult result = reader.read(folder);

    assertThat(result.valid()).isTrue();
    assertThat(result.manifest().orElseThrow().workUnitsCsv()).isEmpty();
  }

  @Test
  void theTemplatesToAdoptAtOnboardingAreRead() throws IOException {
    ManifestResult result =
        reader.read(
            folder(
                "pontianak",
                PONTIANAK + "  templates: [klik-pontianak@2025.1, design-thinking@1.0.0]\n"));

    assertThat(result.manifest().orElseThrow().templates())
        .containsExactly("klik-pontianak@2025.1", "design-thinking@1.0.0");
  }

  @Test
  void theTeamsToEnsureAtOnboardingAreRead() throws IOException {
    ManifestResult result =
        reader.read(
            folder(
                "sumedang",
                SUMEDANG
                    + """
                    teams:
                      - name: Tim Inovasi Sumedang
                        workUnit: KEC-SUMEDANG-UTARA
                        leader: admin.sumedang
                        members: [inovator.sumedang]
                    """));

    assertThat(result.manifest().orElseThrow().teams())
        .containsExactly(
            new TenantManifest.Team(
                "Tim Inovasi Sumedang",
                "KEC-SUMEDANG-UTARA",
                "admin.sumedang",
                List.of("inovator.sumedang")));
  }

  @Test
  void aTeamWithoutALeaderIsASchemaProblem() throws IOException {
    ManifestResult result =
        reader.read(
            folder(
                "sumedang",
                SUMEDANG
                    + """
                    teams:
                      - name: Tim Inovasi Sumedang
                        workUnit: KEC-SUMEDANG-UTARA
                    """));

    assertThat(result.manifest()).isEmpty();
    assertThat(result.problems()).isNotEmpty();
  }

  @Test
  void aTemplateWithoutItsVersionIsReportedOnItsLine() throws IOException {
    ManifestResult result =
        reader.read(folder("pontianak", PONTIANAK + "  templates: [klik-pontianak]\n"));

    YamlProblem problem = onlyProblem(result);
    assertThat(problem.line()).isEqualTo(12);
    assertThat(problem.field()).startsWith("seed.templates");
  }

  @Test
  void anUnknownTimeZoneIsASchemaProblemOnItsLine() throws IOException {
    ManifestResult result =
        reader.read(folder("pontianak", PONTIANAK.replace("timeZone: WIB", "timeZone: UTC")));

    YamlProblem problem = onlyProblem(result);
    assertThat(result.manifest()).isEmpty();
    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.field()).isEqualTo("timeZone");
  }

  @Test
  void aYamlSyntaxErrorIsReportedWithItsLine() throws IOException {
    ManifestResult result =
        reader.read(
            folder(
                "pontianak", PONTIANAK.replace("name: Kota Pontianak", "name: Kota: Pontianak")));

    YamlProblem problem = onlyProblem(result);
    assertThat(result.manifest()).isEmpty();
    assertThat(problem.line()).isEqualTo(2);
  }

  @Test
  void anUnknownTimeZoneNamesTheAllowedOnes() throws IOException {
    ManifestResult result =
        reader.read(folder("pontianak", PONTIANAK.replace("timeZone: WIB", "timeZone: UTC")));

    assertThat(onlyProblem(result).messageEn())
        .isEqualTo("The value 'UTC' is not allowed. Allowed values: 'WIB', 'WITA', 'WIT'.");
  }

  @Test
  void aFolderWithoutAManifestIsUnreadable() throws IOException {
    Path empty = Files.createDirectories(tenants.resolve("empty"));

    assertThat(reader.read(empty).problems())
        .singleElement()
        .extracting(YamlProblem::line, YamlProblem::field)
        .containsExactly(0, "file");
  }

  @Test
  void readAllReadsEveryTenantFolderInNameOrder() throws IOException {
    folder("sumedang", SUMEDANG);
    folder("pontianak", PONTIANAK);

    assertThat(reader.readAll(tenants))
        .extracting(ManifestResult::folder)
        .containsExactly("pontianak", "sumedang");
  }

  @Test
  void readAllSkipsFoldersWithoutAManifest() throws IOException {
    folder("pontianak", PONTIANAK);
    Files.createDirectories(tenants.resolve("drafts"));
    Files.writeString(tenants.resolve("README.md"), "tenants");

    assertThat(reader.readAll(tenants))
        .extracting(ManifestResult::folder)
        .containsExactly("pontianak");
  }

  @Test
  void readAllKeepsGoingAfterABadManifest() throws IOException {
    folder("aaa-broken", "slug: [");
    folder("pontianak", PONTIANAK);

    List<ManifestResult> results = reader.readAll(tenants);

    assertThat(results)
        .extracting(ManifestResult::folder, ManifestResult::valid)
        .containsExactly(tuple("aaa-broken", false), tuple("pontianak", true));
  }

  @Test
  void aMissingTenantsFolderReadsAsNoTenants() {
    assertThat(reader.readAll(tenants.resolve("nowhere"))).isEmpty();
  }
}
