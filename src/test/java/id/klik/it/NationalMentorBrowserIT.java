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
 * The national mentor logs in once at {@code /mentor/} and moves between the two regions that
 * accepted them without another login; a clinic admin sees the mentors page.
 */
@ExtendWith(LocalStack.class)
class NationalMentorBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "national-mentor.png");
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
  void theMentorMovesBetweenTwoRegionsFromTheHomeWithOneLogin() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    browser.get(LocalStack.appUrl() + "/mentor/");
    Chromium.logIn(browser, wait, "mentor.nasional");

    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Daerah saya"));
    String home = browser.findElement(By.id("tenants")).getText();
    assertThat(home).contains("Kota Pontianak", "Kabupaten Sumedang", "Tim Inovasi Sumedang");
    assertThat(home).doesNotContain("Singkawang");
    PageChecks.check(browser, "mentor-home");

    browser.findElement(By.id("open-pontianak")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Pontianak"));
    assertThat(browser.getCurrentUrl()).startsWith(LocalStack.appUrl() + "/t/pontianak/");
    browser.findElement(By.id("nav-mentors")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mentor nasional"));
    assertThat(browser.findElement(By.id("acceptance-mentor.nasional")).getText())
        .isEqualTo("Seluruh klinik");
    PageChecks.check(browser, "mentors-as-mentor");

    browser.get(LocalStack.appUrl() + "/mentor/");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("open-sumedang"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sumedang"));
    assertThat(browser.getCurrentUrl()).startsWith(LocalStack.appUrl() + "/t/sumedang/");
    assertThat(browser.findElements(By.id("password"))).isEmpty();
    PageChecks.check(browser, "sumedang-as-mentor");
    PageChecks.assertNoFindings();
  }

  @Test
  void aClinicAdminSeesTheMentorsWithTheirAcceptance() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    browser.get(LocalStack.appUrl() + "/t/sumedang/mentors");
    Chromium.logIn(browser, wait, "admin.sumedang");

    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mentor nasional"));
    assertThat(browser.findElement(By.id("acceptance-mentor.nasional")).getText())
        .isEqualTo("Tim: Tim Inovasi Sumedang");
    assertThat(browser.findElements(By.id("mentors:accept"))).isNotEmpty();
    PageChecks.check(browser, "mentors-as-admin");
    PageChecks.assertNoFindings();
  }
}
