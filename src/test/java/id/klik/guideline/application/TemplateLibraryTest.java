package id.klik.guideline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateRef;
import id.klik.guideline.domain.TemplateRuleException;
import id.klik.guideline.domain.Visibility;
import id.klik.guideline.infrastructure.JdbcPublishedTemplateStore;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantScope;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The catalog joins the files and what tenants published in the app; the rows of the app are kept
 * in a list here instead of {@code platform.published_template}.
 */
class TemplateLibraryTest {

  private final List<JdbcPublishedTemplateStore.Row> rows = new ArrayList<>();
  private final TemplateLibrary library = new TemplateLibrary();

  TemplateLibraryTest() {
    library.config =
        new KlikConfig() {
          @Override
          public Path tenantsDir() {
            return Path.of("tenants");
          }
        };
    library.store =
        new JdbcPublishedTemplateStore() {
          @Override
          public void insert(Row row) {
            rows.add(row);
          }

          @Override
          public List<Row> all() {
            return List.copyOf(rows);
          }
        };
  }

  private static String pontianak2025() throws IOException {
    return Files.readString(Path.of("tenants/pontianak/templates/klik-pontianak-2025.1.yaml"));
  }

  private Template read(String yaml) {
    return new TemplateReader().read("draft.yaml", yaml).orThrow();
  }

  private static TenantRef tenant(String slug) {
    return new TenantRef(
        slug,
        "t_" + slug,
        slug,
        TenantKind.KOTA,
        "6171",
        TenantStatus.ACTIVE,
        "id",
        RegionTimeZone.WIB);
  }

  private <T> T as(String slug, Supplier<T> work) {
    try (TenantScope scope = TenantScope.enter(tenant(slug))) {
      return work.get();
    }
  }

  @Test
  void aVersionPublishedToChosenTenantsIsSeenByThemAndThePublisherOnly() throws IOException {
    String yaml = pontianak2025().replaceFirst("(?m)^version:.*$", "version: \"2025.2\"");

    as(
        "pontianak",
        () -> library.publish(read(yaml), yaml, Visibility.onlyTo(Set.of("singkawang")), "a"));

    TemplateRef ref = TemplateRef.parse("klik-pontianak@2025.2");
    assertThat(as("singkawang", () -> library.find(ref))).isPresent();
    assertThat(as("pontianak", () -> library.find(ref))).isPresent();
    assertThat(as("sumedang", () -> library.find(ref))).isEmpty();
    assertThat(as("sumedang", () -> library.text(ref))).isEmpty();
    assertThat(as("singkawang", () -> library.text(ref))).contains(yaml);
  }

  @Test
  void aVersionNotNewerThanTheFilesIsRefusedAndNotStored() throws IOException {
    String yaml = pontianak2025();

    assertThatThrownBy(
            () ->
                as(
                    "pontianak",
                    () -> library.publish(read(yaml), yaml, Visibility.allTenants(), "a")))
        .isInstanceOfSatisfying(
            TemplateRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("template.alreadyPublished"));
    assertThat(rows).isEmpty();
  }

  @Test
  void aTenantPublishesOnlyUnderItsOwnNameAndNothingIsStored() throws IOException {
    String yaml = pontianak2025().replaceFirst("(?m)^version:.*$", "version: \"2025.4\"");

    assertThatThrownBy(
            () ->
                as(
                    "sumedang",
                    () -> library.publish(read(yaml), yaml, Visibility.allTenants(), "a")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("publisher.tenant", "template.publisherMismatch")));
    assertThat(rows).isEmpty();
  }

  @Test
  void anotherReplicasPublicationIsReadBackWithTheFiles() throws IOException {
    String yaml = pontianak2025().replaceFirst("(?m)^version:.*$", "version: \"2025.3\"");
    library.reload();
    rows.add(
        new JdbcPublishedTemplateStore.Row(
            "klik-pontianak",
            "2025.3",
            "pontianak",
            yaml,
            true,
            Set.of(),
            "someone",
            java.time.Instant.parse("2020-01-01T00:00:00Z")));

    library.reload();

    assertThat(library.versionsOf("klik-pontianak"))
        .extracting(p -> p.template().header().version().toString())
        .containsExactly("2024.1", "2025.1", "2025.3");
  }
}
