package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The platform admin registers a national mentor on the console's mentors page: a bad address is
 * refused with a message, a good one is listed with the institution and expertise.
 */
@ExtendWith(LocalStack.class)
class PlatformMentorsBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "platform-mentors.png");
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
  void platformAdminRegistersANationalMentor() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    String suffix = UUID.randomUUID().toString().substring(0, 6);

    browser.get(LocalStack.appUrl() + "/platform/mentors.xhtml");
    Chromium.logIn(browser, wait, "platform.admin");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mentor nasional"));
    assertThat(Chromium.textOf(browser, By.id("mentors:list"))).contains("mentor.nasional");
    PageChecks.check(browser, "platform mentors");

    browser.findElement(By.id("mentors:email")).sendKeys("bukan-alamat");
    browser.findElement(By.id("mentors:name")).sendKeys("Widyaiswara " + suffix);
    browser.findElement(By.id("mentors:register")).click();
    wait.until(d -> !Chromium.textOf(browser, By.id("mentors:messages")).isBlank());
    assertThat(Chromium.textOf(browser, By.id("mentors:list")))
        .doesNotContain("Widyaiswara " + suffix);

    browser.findElement(By.id("mentors:email")).clear();
    browser.findElement(By.id("mentors:email")).sendKeys("wi-" + suffix + "@lan.example.go.id");
    browser.findElement(By.id("mentors:institution")).sendKeys("Pusat Pelatihan Nasional");
    browser.findElement(By.id("mentors:expertise")).sendKeys("design thinking, proposal");
    browser.findElement(By.id("mentors:register")).click();
    wait.until(
        d -> Chromium.textOf(browser, By.id("mentors:list")).contains("Widyaiswara " + suffix));
    assertThat(Chromium.textOf(browser, By.id("mentors:list")))
        .contains("Pusat Pelatihan Nasional", "design thinking");
    PageChecks.check(browser, "platform mentors after register");
    PageChecks.assertNoFindings();
  }
}
