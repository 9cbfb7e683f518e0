package id.klik.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image cannot be built here (no container engine), so its definition is held to the contract
 * the chart relies on: base image, non-root user, where the WAR and its exploded copy are.
 */
class ContainerImageTest {

  private static final Path CONTAINERFILE =
      HelmChart.REPO.resolve("src/main/container/Containerfile");

  private final String containerfile = read();
  private final Manifests manifests = HelmChart.template().render();

  @Test
  void buildsOnPayaraMicro6ForJava17() {
    assertThat(instructions("FROM")).containsExactly("payara/micro:6.2025.10-jdk17");
  }

  @Test
  void runsAsTheNonRootUserThePodSecurityContextExpects() {
    var runAsUser =
        manifests
            .one("Deployment", Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getSecurityContext()
            .getRunAsUser();

    assertThat(instructions("USER")).containsExactly(runAsUser + ":" + runAsUser);
    assertThat(runAsUser).isNotZero();
  }

  @Test
  void placesTheWarWhereTheDeploymentDeploysItFrom() {
    var args =
        manifests
            .one("Deployment", Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getArgs();
    var deployed = args.get(args.indexOf("--deploy") + 1);

    assertThat(instructions("COPY")).contains("klik.war " + deployed);
  }

  @Test
  void placesTheExplodedWarWhereTheMigratorsClasspathPoints() {
    var classpath =
        manifests
            .one("Job", Job.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getCommand()
            .get(2);

    assertThat(classpath).isEqualTo("/opt/klik/app/WEB-INF/classes:/opt/klik/app/WEB-INF/lib/*");
    assertThat(instructions("COPY"))
        .contains(
            "klik/WEB-INF/classes /opt/klik/app/WEB-INF/classes",
            "klik/WEB-INF/lib /opt/klik/app/WEB-INF/lib");
  }

  @Test
  void keepsPayarasRootDirOnTheWritableTmp() {
    assertThat(containerfile).contains("\"--rootDir\", \"/tmp/payara\"");
  }

  private List<String> instructions(String keyword) {
    return Pattern.compile("(?m)^" + keyword + "\\s+(.+)$")
        .matcher(containerfile)
        .results()
        .map(m -> m.group(1).trim())
        .toList();
  }

  private static String read() {
    try {
      return Files.readString(CONTAINERFILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
