package id.klik.it;

import id.klik.assistant.infrastructure.FakeChatCompletions;
import id.klik.devstack.PostgresSettings;
import id.klik.devstack.Stack;
import id.klik.devstack.StackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts PostgreSQL, Keycloak and the app once for all integration tests of the JVM, on free ports,
 * with a fresh data folder and a copy of the repo's {@code tenants/} plus one broken manifest;
 * stops them when the test run ends.
 */
public final class LocalStack implements BeforeAllCallback {

  private static Stack stack;
  private static FakeChatCompletions ai;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start(context);
  }

  private static synchronized void start(ExtensionContext context) throws Exception {
    if (stack != null) {
      return;
    }
    Path data = Path.of("target", "it-stack").toAbsolutePath();
    Stack.deleteTree(data);
    Path tenants = data.resolve("tenants");
    Stack.copyTree(Path.of(System.getProperty("klik.tenants.dir")), tenants);
    Files.createDirectories(tenants.resolve("broken"));
    Files.writeString(
        tenants.resolve("broken/tenant.yaml"),
        "slug: broken\nname: Kabupaten Rusak\nkind: kabupaten\nregionCode: \"61.71\"\ntimeZone: WIB\n");
    StackConfig config =
        StackConfig.fromSystemProperties(
                data, StackConfig.freePort(), StackConfig.freePort(), StackConfig.freePort())
            .withTenantsDir(tenants);
    // the writing assistant's AI: a fake OpenAI-compatible endpoint, the client code real
    ai = new FakeChatCompletions();
    Stack started =
        new Stack(config)
            .withPostgres(PostgresSettings.TEST_ONLY_FAST)
            .withAppEnv("KLIK_AI_URL", ai.baseUrl())
            .withAppEnv("KLIK_AI_MODEL", "fake-model")
            .withAppEnv("KLIK_AI_API_KEY", "it-key")
            .withAppEnv("KLIK_AI_TIMEOUT_SECONDS", "5");
    try {
      started.start();
    } catch (Exception e) {
      System.err.println("--- app log tail ---\n" + started.appLogTail());
      started.close();
      throw e;
    }
    stack = started;
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("klik-stack", started);
  }

  /** The fake AI endpoint every test of this JVM shares (it keeps the requests it got). */
  public static FakeChatCompletions ai() {
    return ai;
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
}
