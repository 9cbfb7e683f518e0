package id.klik.innovation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.innovation.domain.ExportRow;
import id.klik.innovation.domain.FacetCount;
import id.klik.innovation.domain.InnovationFilter;
import id.klik.innovation.domain.InnovationSummary;
import id.klik.tenancy.application.TenantJdbc;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search's SQL on a real PostgreSQL migrated by the app's tenant migrations: stemming in both
 * languages, ranking, filters and facets.
 */
class InnovationSearchRepositoryTest {

  @TempDir static Path data;
  static EmbeddedPostgres pg;
  static Connection connection;
  static InnovationSearchRepository repository;
  static final UUID DINKES = UUID.randomUUID();
  static final UUID KELURAHAN = UUID.randomUUID();

  @BeforeAll
  static void start() throws Exception {
    pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(true)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .start();
    Flyway.configure()
        .dataSource(pg.getPostgresDatabase())
        .schemas("t_search")
        .defaultSchema("t_search")
        .createSchemas(true)
        .locations("classpath:db/tenant")
        .load()
        .migrate();
    connection = pg.getPostgresDatabase().getConnection();
    try (Statement s = connection.createStatement()) {
      s.execute("set search_path to t_search");
    }
    unit(DINKES, "DINKES", "OPD");
    unit(KELURAHAN, "KEL-AKCAYA", "KELURAHAN");
    innovation(
        "Pengembangan Aplikasi Antrean Puskesmas",
        DINKES,
        "penerapan",
        "digital",
        "pelayanan-publik",
        "kesehatan",
        LocalDate.of(2024, 3, 1),
        "Mempercepat pelayanan pasien di puskesmas.",
        List.of("sosial"));
    innovation(
        "Kelas Ibu Hamil Keliling",
        DINKES,
        "uji-coba",
        "non-digital",
        "pelayanan-publik",
        "kesehatan",
        LocalDate.of(2023, 5, 1),
        "Kader mengembangkan kelas bagi ibu hamil di rumah warga.",
        List.of());
    innovation(
        "Smart Village Dashboard",
        KELURAHAN,
        "inisiatif",
        "digital",
        "tata-kelola",
        "pendidikan",
        null,
        "Monitoring of village services for residents.",
        List.of("kesehatan"));
    repository = new InnovationSearchRepository();
    repository.jdbc =
        new TenantJdbc() {
          @Override
          public <T> T call(Work<T> work) {
            try {
              return work.run(connection);
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          }
        };
  }

  @AfterAll
  static void stop() throws Exception {
    connection.close();
    pg.close();
  }

  static void unit(UUID id, String code, String kind) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "insert into work_unit (id, code, name, kind) values (?, ?, ?, ?)")) {
      s.setObject(1, id);
      s.setString(2, code);
      s.setString(3, code);
      s.setString(4, kind);
      s.execute();
    }
  }

  static void innovation(
      String name,
      UUID unit,
      String stage,
      String kind,
      String form,
      String affair,
      LocalDate applied,
      String goals,
      List<String> others)
      throws SQLException {
    UUID id = UUID.randomUUID();
    try (PreparedStatement s =
        connection.prepareStatement(
            "insert into innovation (id, name, work_unit_id, stage, kind, form, initiator,"
                + " primary_affair, application_date, goals, status, version, created_by,"
                + " updated_by) values (?, ?, ?, ?, ?, ?, 'asn', ?, ?, ?, 'aktif', 0, 'test', 'test')")) {
      s.setObject(1, id);
      s.setString(2, name);
      s.setObject(3, unit);
      s.setString(4, stage);
      s.setString(5, kind);
      s.setString(6, form);
      s.setString(7, affair);
      s.setObject(8, applied);
      s.setString(9, goals);
      s.execute();
    }
    for (String other : others) {
      try (PreparedStatement s =
          connection.prepareStatement(
              "insert into innovation_affair (innovation_id, affair_code) values (?, ?)")) {
        s.setObject(1, id);
        s.setString(2, other);
        s.execute();
      }
    }
  }

  private static InnovationFilter filter(String text, String... stages) {
    return new InnovationFilter(
        text,
        Set.of(stages),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        null);
  }

  private static List<String> names(List<InnovationSummary> hits) {
    return hits.stream().map(InnovationSummary::name).toList();
  }

  @Test
  void anIndonesianWordFindsItsOtherFormsRankingTheNameFirst() {
    List<InnovationSummary> hits = repository.page(filter("pengembangan"), 0, 20);

    assertThat(names(hits))
        .containsExactly("Pengembangan Aplikasi Antrean Puskesmas", "Kelas Ibu Hamil Keliling");
  }

  @Test
  void anEnglishWordFindsItsOtherForms() {
    assertThat(names(repository.page(filter("monitor service"), 0, 20)))
        .containsExactly("Smart Village Dashboard");
  }

  @Test
  void filtersNarrowTheWordsHitsAndTheTotalFollows() {
    assertThat(names(repository.page(filter("pengembangan", "uji-coba"), 0, 20)))
        .containsExactly("Kelas Ibu Hamil Keliling");
    assertThat(repository.count(filter("pengembangan", "uji-coba"))).isEqualTo(1);
  }

  @Test
  void anAffairFilterMatchesThePrimaryOrAnOtherAffair() {
    InnovationFilter health =
        new InnovationFilter(
            null,
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of("kesehatan"),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            null);

    assertThat(repository.count(health)).isEqualTo(3);
  }

  @Test
  void aYearIsTheApplicationsElseTheTrials() {
    InnovationFilter year2024 =
        new InnovationFilter(
            null,
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(2024),
            Set.of(),
            null);

    assertThat(names(repository.page(year2024, 0, 20)))
        .containsExactly("Pengembangan Aplikasi Antrean Puskesmas");
  }

  @Test
  void facetsCountEachFilterWithTheOthersButNotItself() {
    Map<String, List<FacetCount>> facets = repository.facets(filter(null, "uji-coba"));

    // stage ignores its own filter: every stage of the portfolio is counted
    assertThat(facets.get("stage"))
        .containsExactlyInAnyOrder(
            new FacetCount("penerapan", 1),
            new FacetCount("uji-coba", 1),
            new FacetCount("inisiatif", 1));
    // the others count the uji-coba innovations only
    assertThat(facets.get("kind")).containsExactly(new FacetCount("non-digital", 1));
    assertThat(facets.get("workUnit")).containsExactly(new FacetCount(DINKES.toString(), 1));
    assertThat(facets.get("year")).containsExactly(new FacetCount("2023", 1));
  }

  @Test
  void affairFacetsCountPrimaryAndOtherAffairs() {
    Map<String, List<FacetCount>> facets = repository.facets(InnovationFilter.NONE);

    assertThat(facets.get("affair"))
        .containsExactly(
            new FacetCount("kesehatan", 3),
            new FacetCount("pendidikan", 1),
            new FacetCount("sosial", 1));
  }

  @Test
  void theExportStreamsEveryHitWithItsOtherAffairs() {
    List<ExportRow> rows = new ArrayList<>();

    repository.export(filter("puskesmas"), rows::add);

    assertThat(rows)
        .singleElement()
        .satisfies(r -> assertThat(r.otherAffairs()).isEqualTo("sosial"));
  }

  @Test
  void parametersAreCheckedBeforeTheyReachSql() {
    // a filter built by parse() only ever holds known codes; the SQL binds every value
    assertThat(InnovationSearchSql.page(filter("x'; drop table innovation; --"), 0, 20).sql())
        .doesNotContain("drop table");
    assertThat(Optional.of(repository.count(filter("x'; drop table innovation; --")))).contains(0L);
  }
}
