package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The platform admin's console in Chromium: every tenant listed, a reconcile run to its end. */
@ExtendWith(LocalStack.class)
class PlatformConsoleBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void platformAdminSeesTenantsAndRunsAReconcile() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(60));

    browser.get(LocalStack.appUrl() + "/platform/");
    Chromium.logIn(browser, wait, "platform.admin");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Konsol platform"));
    assertThat(browser.findElement(By.id("console:tenants")).getText())
        .contains("pontianak", "sumedang", "Aktif", "Mutakhir")
        .as("status and migration codes are shown in words")
        .doesNotContain("ACTIVE")
        .doesNotContain(" OK ");
    PageChecks.check(browser, "platform console");

    WebElement before = browser.findElement(By.id("console:tenants"));
    browser.findElement(By.id("console:reconcile")).click();

    // the click re-renders the console: wait for the new content, then for this run to finish
    wait.until(ExpectedConditions.stalenessOf(before));
    // the console polls every second while the run lasts: its parts are replaced while read
    wait.until(
        d -> {
          String progress = Chromium.textOf(browser, By.id("console:progress"));
          return progress.contains("Rekonsiliasi selesai")
              && progress.contains("Manifest bermasalah");
        });
    assertThat(Chromium.textOf(browser, By.id("console:progress")))
        .contains("broken", "Manifest bermasalah", "Tidak berubah")
        .as("reconcile results are shown in words")
        .doesNotContain("INVALID")
        .doesNotContain("UNCHANGED");
    PageChecks.check(browser, "platform console after reconcile");

    browser.get(LocalStack.appUrl() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenants")));
    PageChecks.check(browser, "landing page");
    PageChecks.assertNoFindings();
  }
}
