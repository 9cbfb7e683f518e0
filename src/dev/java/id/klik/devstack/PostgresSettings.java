package id.klik.devstack;

import java.util.Map;

/**
 * How the embedded PostgreSQL trades safety for speed, in one place. The embedded library starts
 * the server with {@code -F} (no fsync) and {@code synchronous_commit=off}: right for throwaway
 * test databases, wrong for the run command, whose data must survive a crash of the machine or of
 * PostgreSQL itself. The server takes the later of {@code -F} and {@code -c fsync=on}, so the
 * durable settings below win.
 */
public enum PostgresSettings {

  /** The run command: every commit answered is on disk (fsync, synchronous commit, full pages). */
  DURABLE(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")),

  /**
   * Integration tests only: the library's fast defaults. A crash may lose the last acknowledged
   * commits and even corrupt the data folder, which a test throws away anyway.
   */
  TEST_ONLY_FAST(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));

  private final Map<String, String> serverConfig;

  PostgresSettings(Map<String, String> serverConfig) {
    this.serverConfig = serverConfig;
  }

  /** The {@code -c name=value} settings the server is started with. */
  public Map<String, String> serverConfig() {
    return serverConfig;
  }
}
