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

/**
 * The Pontianak clinic admin reads the audit trail in Chromium, filters it by kind of object and
 * sees times in the clinic's zone; the innovator is told the page is not theirs.
 */
@ExtendWith(LocalStack.class)
class AuditBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "audit.png");
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
  void clinicAdminFiltersTheTrailByKindOfObject() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));

    browser.get(LocalStack.appUrl() + "/t/pontianak/audit");
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Jejak audit"));
    assertThat(browser.findElement(By.id("nav-audit")).getAttribute("aria-current"))
        .isEqualTo("page");
    assertThat(browser.findElement(By.id("audit:table")).getText()).contains("WIB");
    PageChecks.check(browser, "audit");

    browser.executeScript("PF('auditType').selectValue('team')");
    browser.findElement(By.id("audit:filter")).click();
    wait.until(
        d -> {
          try {
            String text = d.findElement(By.id("audit:table")).getText();
            return text.contains("team") && !text.contains("work_unit");
          } catch (org.openqa.selenium.StaleElementReferenceException replacedMeanwhile) {
            return false; // the table was re-rendered by the filter's answer: look again
          }
        });
    PageChecks.check(browser, "audit filtered");
    PageChecks.assertNoFindings();
  }
}
