package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Pontianak clinic admin finds the outgoing mail from the home page and sees it sent. */
@ExtendWith(LocalStack.class)
class OutboxBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "outbox.png");
      try {
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
      } catch (Exception ignored) {
        // a missing screenshot must not hide the test's own outcome
      }
      browser.quit();
    }
  }

  @Test
  void clinicAdminSeesTheWelcomeMailSentInTheOutbox() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    browser.get(LocalStack.appUrl() + "/t/pontianak/");
    Chromium.logIn(browser, wait, "admin.pontianak");

    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-outbox"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Surel keluar"));
    for (int i = 0;
        i < 60 && !browser.findElement(By.id("outbox")).getText().contains("Terkirim");
        i++) {
      Thread.sleep(1_000);
      browser.navigate().refresh();
    }

    // newest first, 20 a page: the welcome, the first mail of all, is on the last page once other
    // journeys (consultations, replications, proposals) have written more
    java.util.List<org.openqa.selenium.WebElement> last =
        browser.findElements(By.cssSelector("#outbox .ui-paginator-last:not(.ui-state-disabled)"));
    if (!last.isEmpty()) {
      last.get(0).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("outbox"), "welcome (id)"));
    }
    String table = browser.findElement(By.id("outbox")).getText();
    assertThat(table).contains("admin.pontianak@klik.example.go.id", "welcome (id)", "Terkirim");
    // other journeys (replication notices, invitations) may have written more mails by now
    assertThat(browser.findElement(By.id("count")).getText())
        .matches("Menampilkan [1-9][0-9]* pesan terbaru dari [1-9][0-9]*\\.");
    PageChecks.check(browser, "outbox");
    PageChecks.assertNoFindings();
  }
}
