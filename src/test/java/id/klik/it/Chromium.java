package id.klik.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium for browser journeys. Where it is missing the journey is skipped with a loud
 * warning, except on CI ({@code CI=true}), where a missing browser fails the build.
 */
final class Chromium {

  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /**
   * Logs in on Keycloak's page, which the app just redirected to: with organizations enabled
   * Keycloak asks for the username first, then the password (demo users' password is "demo").
   */
  static void logIn(ChromeDriver browser, WebDriverWait wait, String username) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
    if (browser.findElements(By.id("password")).isEmpty()) {
      browser.findElement(By.id("kc-login")).click();
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys("demo");
    browser.findElement(By.id("kc-login")).click();
  }

  /**
   * A wait that looks again when the element it was reading has been replaced meanwhile: pages
   * re-render parts of themselves (a poll, an AJAX answer) at any moment, and a wait must not fail
   * because it read the old part between its lookup and its read.
   */
  static WebDriverWait waitUpTo(ChromeDriver browser, Duration timeout) {
    WebDriverWait wait = new WebDriverWait(browser, timeout);
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** The text of an element that a poll or an AJAX answer may be re-rendering while it is read. */
  static String textOf(ChromeDriver browser, By locator) {
    for (int attempt = 1; ; attempt++) {
      try {
        return browser.findElement(locator).getText();
      } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
        if (attempt == 5) {
          throw replacedMeanwhile;
        }
      }
    }
  }

  static ChromeDriver start() throws Exception {
    PageChecks.forget();
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      String message =
          "Chromium is not installed: browser tests need it. Install it with:"
              + " apt-get install -y chromium chromium-driver";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      System.err.println(
          "\n!!!!!!!!!! WARNING: " + message + " — SKIPPING browser tests !!!!!!!!!!\n");
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory("klik-chromium"));
    // the console, so a journey can check that no Content-Security-Policy violation occurred
    org.openqa.selenium.logging.LoggingPreferences logs =
        new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return driver;
  }
}
