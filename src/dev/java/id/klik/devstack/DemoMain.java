package id.klik.devstack;

import java.nio.file.Path;

/**
 * The one command of the README: starts PostgreSQL, GreenMail (SMTP), Keycloak and the app with the
 * demo tenants of {@code tenants/}, prints where everything is, and stops all three on Ctrl-C.
 */
public final class DemoMain {

  private DemoMain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(System.getProperty("klik.data.dir", ".klik-data"));
    StackConfig config = StackConfig.fromSystemProperties(data, 15432, 8180, 8080);
    // what the README promises: an answered write survives a crash of PostgreSQL or the machine
    Stack stack =
        new Stack(config).withMailPorts(3025, 8025).withPostgres(PostgresSettings.DURABLE);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "klik-demo-stop"));
    try {
      stack.start();
    } catch (Exception e) {
      System.err.println("Start failed: " + e.getMessage());
      stack.close();
      System.exit(1);
    }
    System.out.println(
        """

        ==================================================================
         KLIK is running (Ctrl-C stops everything)
        ------------------------------------------------------------------
         App             %1$s/
         Pontianak       %1$s/t/pontianak/
         Sumedang        %1$s/t/sumedang/
         Singkawang      %1$s/t/singkawang/
         Platform        %1$s/platform/
         API docs        %1$s/openapi
         Keycloak        %2$s/admin/  (admin / admin)
         Mail            %5$s  (every mail the app sends, SMTP 127.0.0.1:%6$s)
         PostgreSQL      %3$s  (user postgres)
         Logs            %4$s
        ------------------------------------------------------------------
         Demo logins (password: demo)
           platform.admin       platform admin
           admin.pontianak      clinic admin, Kota Pontianak
           admin.sumedang       clinic admin, Kabupaten Sumedang
           admin.singkawang     clinic admin, Kota Singkawang
           inovator.pontianak   innovator, Kota Pontianak
           mentor.ibt           local mentor (IBT Untan), Kota Pontianak
           mentor.nasional      national mentor (Pontianak, Sumedang's team): %1$s/mentor/
        ==================================================================
        """
            .formatted(
                config.appUrl(),
                config.keycloakUrl(),
                config.jdbcUrl("klik"),
                data.resolve("logs").toAbsolutePath(),
                stack.mail().apiUrl(),
                stack.mail().smtpPort()));
    Thread.currentThread().join();
  }
}
