package id.klik.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** Where the stack's parts live and listen. */
public record StackConfig(
    Path stackDir,
    Path war,
    Path tenantsDir,
    Path dataDir,
    int postgresPort,
    int keycloakPort,
    int appPort,
    String clientSecret) {

  static final String DEMO_CLIENT_SECRET = "klik-demo-secret-not-for-production";

  public static StackConfig fromSystemProperties(
      Path dataDir, int pgPort, int kcPort, int appPort) {
    return new StackConfig(
        Path.of(required("klik.stack.dir")),
        Path.of(required("klik.war")),
        Path.of(required("klik.tenants.dir")),
        dataDir,
        pgPort,
        kcPort,
        appPort,
        DEMO_CLIENT_SECRET);
  }

  public String appUrl() {
    return "http://localhost:" + appPort;
  }

  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
  }

  public StackConfig withTenantsDir(Path dir) {
    return new StackConfig(
        stackDir, war, dir, dataDir, postgresPort, keycloakPort, appPort, clientSecret);
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "System property " + property + " is not set; run through Maven (see README)");
    }
    return value;
  }
}
