package id.klik.tenancy.domain;

import id.klik.shared.yaml.YamlProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One folder of {@code tenants/} as read: the manifest when it is valid, otherwise the problems
 * (file, line, field) that keep it from being applied. {@code hash} changes whenever the manifest
 * or its seed files change.
 */
public record ManifestResult(
    String folder,
    Path dir,
    Optional<TenantManifest> manifest,
    List<YamlProblem> problems,
    String hash) {

  public ManifestResult {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return manifest.isPresent() && problems.isEmpty();
  }
}
