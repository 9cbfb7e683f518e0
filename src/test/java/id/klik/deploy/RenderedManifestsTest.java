package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object of every supported setup is one the API server accepts as written. */
class RenderedManifestsTest {

  static Stream<Arguments> setups() {
    return Stream.of(
        Arguments.of("defaults", null),
        Arguments.of("production example", HelmChart.PRODUCTION_VALUES),
        Arguments.of("CloudNativePG and Keycloak Operator", HelmChart.OPERATORS_VALUES));
  }

  private static Manifests render(Path values) {
    var template = HelmChart.template();
    return (values == null ? template : template.values(values)).render();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setups")
  void bindsEveryBuiltInObjectToItsTypedModelWithoutUnknownFields(String setup, Path values) {
    var builtIns =
        render(values).all().stream()
            .filter(d -> !CrdShapes.SCHEMAS.containsKey(StrictModels.typeOf(d)))
            .toList();

    assertThat(builtIns).isNotEmpty();
    for (Map<String, Object> document : builtIns) {
      var model = StrictModels.BUILT_IN.get(StrictModels.typeOf(document));
      assertThat(model).as("typed model for %s", StrictModels.typeOf(document)).isNotNull();
      assertThat(StrictModels.bind(document, model)).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setups")
  void matchesTheStructureOfEveryCustomResource(String setup, Path values) {
    var customResources =
        render(values).all().stream()
            .filter(d -> CrdShapes.SCHEMAS.containsKey(StrictModels.typeOf(d)))
            .toList();

    assertThat(customResources).allSatisfy(d -> assertThat(CrdShapes.violations(d)).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setups")
  void alwaysRendersTheAppItsTenantsAndItsMigrator(String setup, Path values) {
    assertThat(render(values).kinds())
        .contains("Deployment", "Service", "ConfigMap", "ServiceAccount", "Job");
  }
}
