package id.klik.it;

import id.klik.devstack.Stack;
import id.klik.devstack.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts PostgreSQL, Keycloak and the app once for all integration tests of the JVM, on free ports,
 * with a fresh data folder and a copy of the repo's {@code tenants/} plus one broken manifest;
 * stops them when the test run ends.
 */
public final class LocalStack implements BeforeAllCallback {

  private static Stack stack;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start(context);
  }

  private static synchronized void start(ExtensionContext context) throws Exception {
    if (stack != null) {
      return;
    }
    Path data = Path.of("target", "it-stack").toAbsolutePath();
    deleteTree(data);
    Path tenants = data.resolve("tenants");
    copyTree(Path.of(System.getProperty("klik.tenants.dir")), tenants);
    Files.createDirectories(tenants.resolve("broken"));
    Files.writeString(
        tenants.resolve("broken/tenant.yaml"),
        "slug: broken\nname: Kabupaten Rusak\nkind: kabupaten\nregionCode: \"61.71\"\ntimeZone: WIB\n");
    StackConfig config =
        StackConfig.fromSystemProperties(
                data, StackConfig.freePort(), StackConfig.freePort(), StackConfig.freePort())
            .withTenantsDir(tenants);
    Stack started = new Stack(config);
    try {
      started.start();
    } catch (Exception e) {
      System.err.println("--- app log tail ---\n" + started.appLogTail());
      started.close();
      throw e;
    }
    stack = started;
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .put("klik-stack", (ExtensionContext.Store.CloseableResource) started::close);
  }

  public static Stack stack() {
    return stack;
  }

  public static String appUrl() {
    return stack.config().appUrl();
  }

  public static String keycloakUrl() {
    return stack.config().keycloakUrl();
  }

  public static Path tenantsDir() {
    return stack.config().tenantsDir();
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(
          p -> {
            try {
              Path target = to.resolve(from.relativize(p).toString());
              if (Files.isDirectory(p)) {
                Files.createDirectories(target);
              } else {
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
