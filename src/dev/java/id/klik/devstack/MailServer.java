package id.klik.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * GreenMail standalone, the local stack's SMTP server, as a child process on 127.0.0.1: SMTP
 * without authentication, every recipient accepted, and its REST API and web page (where the demo
 * reads mail and tests count it). It can be stopped and started again on the same ports, which is
 * how a test takes SMTP down; mail it holds is lost on a stop.
 */
public final class MailServer implements AutoCloseable {

  private final Path jar;
  private final Path logDir;
  private final int smtpPort;
  private final int apiPort;
  private ChildProcess process;
  private int starts;

  MailServer(Path jar, Path logDir, int smtpPort, int apiPort) {
    this.jar = jar;
    this.logDir = logDir;
    this.smtpPort = smtpPort;
    this.apiPort = apiPort;
  }

  public synchronized MailServer start() throws IOException, InterruptedException {
    if (process != null) {
      return this;
    }
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx128m",
            "-Dgreenmail.smtp.hostname=127.0.0.1",
            "-Dgreenmail.smtp.port=" + smtpPort,
            "-Dgreenmail.api.hostname=127.0.0.1",
            "-Dgreenmail.api.port=" + apiPort,
            "-Dgreenmail.auth.disabled",
            "-jar",
            jar.toString());
    starts++;
    String log = starts == 1 ? "greenmail.log" : "greenmail-" + starts + ".log";
    process = ChildProcess.start("GreenMail", command, Map.of(), logDir, logDir.resolve(log));
    process.awaitHttpOk(apiUrl() + "/api/service/readiness", Duration.ofMinutes(1));
    return this;
  }

  /** Stops the server: SMTP refuses connections until {@link #start()}. */
  public synchronized void stop() {
    if (process != null) {
      process.close();
      process = null;
    }
  }

  public int smtpPort() {
    return smtpPort;
  }

  /** The REST API and web page, e.g. {@code /api/user/<email>/messages/}. */
  public String apiUrl() {
    return "http://localhost:" + apiPort;
  }

  /** How the app reaches this server; a short outbox interval so mail shows up at once. */
  Map<String, String> appEnvironment() {
    return Map.of(
        "KLIK_SMTP_HOST", "127.0.0.1",
        "KLIK_SMTP_PORT", String.valueOf(smtpPort),
        "KLIK_MAIL_FROM", "KLIK <no-reply@klik.localhost>",
        "KLIK_OUTBOX_INTERVAL_SECONDS", "2");
  }

  @Override
  public void close() {
    stop();
  }
}
