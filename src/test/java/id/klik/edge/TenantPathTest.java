package id.klik.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantPathTest {

  private static final Optional<String> NO_BASE_DOMAIN = Optional.empty();
  private static final Optional<String> BASE_DOMAIN = Optional.of("klik.example.go.id");

  private static TenantPath page(String rest) {
    return new TenantPath("pontianak", rest, "/t/pontianak");
  }

  @Test
  void aPathUnderTSlugNamesTheTenantAndThePathInsideIt() {
    assertThat(TenantPath.parse("/t/pontianak/work-units", "localhost:8080", NO_BASE_DOMAIN))
        .contains(new TenantPath("pontianak", "/work-units", "/t/pontianak"));
  }

  @Test
  void theTenantRootWithoutATrailingSlashIsItsHomePath() {
    assertThat(TenantPath.parse("/t/pontianak", "localhost", NO_BASE_DOMAIN))
        .contains(new TenantPath("pontianak", "/", "/t/pontianak"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/t/", "/t//work-units"})
  void aPathUnderTWithoutASlugIsNotATenants(String path) {
    assertThat(TenantPath.parse(path, "localhost", NO_BASE_DOMAIN)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/platform", "/api/platform/tenants", "/tenants/pontianak"})
  void pathsOutsideTAreNotATenantsWithoutABaseDomain(String path) {
    assertThat(TenantPath.parse(path, "pontianak.klik.example.go.id", NO_BASE_DOMAIN)).isEmpty();
  }

  @Test
  void aSubdomainOfTheBaseDomainNamesTheTenantWithAnEmptyBase() {
    assertThat(TenantPath.parse("/work-units", "pontianak.klik.example.go.id", BASE_DOMAIN))
        .contains(new TenantPath("pontianak", "/work-units", ""));
  }

  @Test
  void thePortOfTheHostIsIgnored() {
    assertThat(TenantPath.parse("/", "sumedang.klik.example.go.id:8443", BASE_DOMAIN))
        .map(TenantPath::slug)
        .contains("sumedang");
  }

  @Test
  void theBaseDomainItselfIsNotATenantsHost() {
    assertThat(TenantPath.parse("/", "klik.example.go.id", BASE_DOMAIN)).isEmpty();
  }

  @Test
  void aHostOutsideTheBaseDomainIsNotATenants() {
    assertThat(TenantPath.parse("/", "pontianak.example.com", BASE_DOMAIN)).isEmpty();
  }

  @Test
  void aHostThatOnlyEndsLikeTheBaseDomainIsNotATenants() {
    assertThat(TenantPath.parse("/", "evilklik.example.go.id", BASE_DOMAIN)).isEmpty();
  }

  @Test
  void aDeeperSubdomainIsNotATenantsHost() {
    assertThat(TenantPath.parse("/", "www.pontianak.klik.example.go.id", BASE_DOMAIN)).isEmpty();
  }

  @Test
  void aMissingHostHeaderIsNotATenants() {
    assertThat(TenantPath.parse("/", null, BASE_DOMAIN)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/platform/tenants",
        "/platform/index.xhtml",
        "/auth/login",
        "/health/ready",
        "/metrics",
        "/openapi",
        "/jakarta.faces.resource/theme.css.xhtml"
      })
  void globalPathsStayGlobalOnATenantsHost(String path) {
    assertThat(TenantPath.parse(path, "pontianak.klik.example.go.id", BASE_DOMAIN)).isEmpty();
  }

  @Test
  void aTPathWinsOverTheHost() {
    assertThat(TenantPath.parse("/t/sumedang/", "pontianak.klik.example.go.id", BASE_DOMAIN))
        .map(TenantPath::slug)
        .contains("sumedang");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/api/work-units"})
  void pathsUnderApiAreApiCalls(String rest) {
    assertThat(page(rest).isApi()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/work-units", "/apis", "/apiary"})
  void otherPathsAreNotApiCalls(String rest) {
    assertThat(page(rest).isApi()).isFalse();
  }

  @Test
  void anApiCallGoesToTheTenantApi() {
    assertThat(page("/api/work-units/import").internalPath())
        .contains("/api/tenant/work-units/import");
  }

  @Test
  void theApiRootGoesToTheTenantApiRoot() {
    assertThat(page("/api").internalPath()).contains("/api/tenant");
  }

  @Test
  void theTenantHomeIsTheIndexView() {
    assertThat(page("/").internalPath()).contains("/app/index.xhtml");
  }

  @Test
  void anEmptyRestIsTheIndexView() {
    assertThat(page("").internalPath()).contains("/app/index.xhtml");
  }

  @Test
  void aPageNameGoesToItsViewUnderApp() {
    assertThat(page("/work-units").internalPath()).contains("/app/work-units.xhtml");
  }

  @Test
  void aPagesStreamGoesToItsServletUnderApp() {
    assertThat(page("/proposal-assist-stream").internalPath())
        .contains("/app/stream/proposal-assist-stream");
  }

  @Test
  void aPageNameWithTheXhtmlSuffixGoesToTheSameView() {
    assertThat(page("/work-units.xhtml").internalPath()).contains("/app/work-units.xhtml");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/Work-Units",
        "/work_units",
        "/work-units/",
        "/app/index",
        "/../platform/index",
        "/WEB-INF/web.xml",
        "/1page",
        "/-page",
        "/page.jsp",
        "/.xhtml"
      })
  void oddPageNamesLeadNowhere(String rest) {
    assertThat(page(rest).internalPath()).isEmpty();
  }
}
