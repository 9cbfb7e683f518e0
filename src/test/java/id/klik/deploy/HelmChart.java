package id.klik.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart under test, rendered in-process by helm-java (no cluster, no helm binary).
 *
 * <p>helm-java's {@code template} returns only the release manifest and drops hooks, so the
 * migrator Job would be invisible. {@link Template#render()} therefore renders a scratch copy of
 * the chart in which the hook annotation keys are renamed, and renames them back in the parsed
 * result; {@code ScratchCopyTest} proves that copy renders exactly the real chart plus its hooks.
 */
final class HelmChart {

  static final Path REPO = Path.of("").toAbsolutePath();
  static final Path CHART = REPO.resolve("helm/klik");
  static final Path TENANTS = REPO.resolve("tenants");
  static final Path PRODUCTION_VALUES = CHART.resolve("examples/values-production.yaml");
  static final Path OPERATORS_VALUES =
      REPO.resolve("src/test/resources/deploy/values-operators.yaml");
  static final Path FIXTURE_TENANTS = REPO.resolve("src/test/resources/deploy/tenants");

  static final String RELEASE = "klik";
  static final String NAMESPACE = "klik";

  private static final String HOOK_KEY = "helm.sh/hook";
  private static final String HIDDEN_HOOK_KEY = "klik.test/hook";

  private HelmChart() {}

  static LintResult lintStrict() {
    return new Helm(CHART).lint().strict().call();
  }

  static Template template() {
    return new Template();
  }

  /** {@code helm install --dry-run} without a cluster: the release report including NOTES.txt. */
  static String installDryRunReport(Path... valuesFiles) {
    var install =
        new Helm(CHART).install().withName(RELEASE).withNamespace(NAMESPACE).dryRun().clientOnly();
    for (Path file : valuesFiles) {
      install = install.withValuesFile(file);
    }
    return install.call().getOutput();
  }

  static final class Template {
    private final List<Path> valuesFiles = new ArrayList<>();
    private final Map<String, Object> sets = new LinkedHashMap<>();
    private Path tenants = TENANTS;

    Template values(Path file) {
      valuesFiles.add(file);
      return this;
    }

    Template set(String key, Object value) {
      sets.put(key, value);
      return this;
    }

    Template tenants(Path folder) {
      tenants = folder;
      return this;
    }

    /** Release manifest and hooks, as parsed documents. */
    Manifests render() {
      Path scratch = scratchCopy(tenants);
      try {
        String text = run(scratch).replace(HIDDEN_HOOK_KEY, HOOK_KEY);
        return Manifests.parse(text);
      } finally {
        deleteRecursively(scratch);
      }
    }

    /** The real chart, exactly as helm-java renders it: hooks left out. */
    Manifests renderWithoutHooks() {
      return Manifests.parse(run(CHART));
    }

    private String run(Path chart) {
      var command = new Helm(chart).template().withName(RELEASE).withNamespace(NAMESPACE);
      for (Path file : valuesFiles) {
        command = command.withValuesFile(file);
      }
      for (var entry : sets.entrySet()) {
        command = command.set(entry.getKey(), entry.getValue());
      }
      return command.call();
    }
  }

  private static Path scratchCopy(Path tenants) {
    try {
      Path scratch = Files.createTempDirectory("klik-chart-");
      try (Stream<Path> files = Files.walk(CHART)) {
        for (Path source : files.toList()) {
          Path relative = CHART.relativize(source);
          if (relative.startsWith("tenants")) {
            continue;
          }
          Path target = scratch.resolve(relative.toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else if (relative.startsWith("templates")) {
            String content = Files.readString(source, StandardCharsets.UTF_8);
            Files.writeString(target, content.replace(HOOK_KEY, HIDDEN_HOOK_KEY));
          } else {
            Files.copy(source, target);
          }
        }
      }
      Files.createSymbolicLink(scratch.resolve("tenants"), tenants.toAbsolutePath());
      return scratch;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      // a symlink is deleted as a link: Files.walk does not follow it by default
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
