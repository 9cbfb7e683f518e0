package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: the innovator's team asks mentor.nasional for a consultation, the mentor confirms it
 * and writes notes; the pages (consultations, my availability, mentoring log, workload) pass
 * axe-core and fit 360 px.
 */
@ExtendWith(LocalStack.class)
class ConsultationsBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    quit("consultations");
  }

  private void quit(String name) {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", name + ".png");
      try {
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
      } catch (Exception ignored) {
        // a missing screenshot must not hide the test's own outcome
      }
      browser.quit();
      browser = null;
    }
  }

  private WebElement card(String topic) {
    return browser.findElement(
        By.xpath(
            "//li[contains(@class,'consultation')][.//h3[contains(normalize-space(.),'"
                + topic
                + "')]]"));
  }

  @Test
  void aTeamRequestsTheMentorConfirmsAndWritesNotes() throws Exception {
    String topic = "Konsultasi browser " + ThreadLocalRandom.current().nextInt(1_000_000);
    LocalDate day =
        LocalDate.now(ZoneId.of("Asia/Jakarta"))
            .plusDays(40 + ThreadLocalRandom.current().nextInt(2000));

    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    browser.get(LocalStack.appUrl() + "/t/pontianak/consultations");
    Chromium.logIn(browser, wait, "inovator.pontianak");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Konsultasi"));
    PageChecks.check(browser, "consultations");

    // the team's innovations are offered; the chosen mentor's free slots appear and a tap fills
    // the preferred time (the request then asks for a day far ahead, clear of other tests' slots)
    Select innovation = new Select(browser.findElement(By.id("consultations:innovation")));
    assertThat(innovation.getOptions()).hasSizeGreaterThan(1);
    innovation.selectByIndex(1);
    browser.findElement(By.id("consultations:topic")).sendKeys(topic);
    new Select(browser.findElement(By.id("consultations:mentor"))).selectByValue("mentor.nasional");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("freeSlotsTitle")));
    List<WebElement> free = browser.findElements(By.cssSelector("button.free-slot"));
    if (free.isEmpty()) {
      assertThat(browser.findElements(By.id("noFreeSlots"))).isNotEmpty();
    } else {
      free.get(0).click();
      wait.until(
          d -> !d.findElement(By.id("consultations:preferred1")).getAttribute("value").isEmpty());
    }
    PageChecks.check(browser, "consultations with free slots");
    browser.executeScript(
        "document.getElementById('consultations:preferred1').value = arguments[0];",
        day + "T10:00");
    browser.findElement(By.id("consultations:send")).click();
    wait.until(d -> !d.findElements(By.xpath("//h3[contains(.,'" + topic + "')]")).isEmpty());
    assertThat(card(topic).getText()).contains("diminta", "Ratna Widyaningsih");
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.consultation where topic = ? and innovation_id"
                    + " is not null",
                topic))
        .isEqualTo(1);

    browser.get(LocalStack.appUrl() + "/t/pontianak/mentoring-log");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Log pendampingan"));
    PageChecks.check(browser, "mentoring-log");
    quit("consultations-team");

    browser = Chromium.start();
    wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    browser.get(LocalStack.appUrl() + "/t/pontianak/consultations");
    Chromium.logIn(browser, wait, "mentor.nasional");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Konsultasi"));
    card(topic).findElement(By.cssSelector("button.confirm-slot")).click();
    wait.until(d -> card(topic).getText().contains("dikonfirmasi"));
    PageChecks.check(browser, "consultations-confirmed");

    card(topic).findElement(By.cssSelector("button.write-notes")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consultations:notes")));
    browser.findElement(By.id("consultations:notes")).sendKeys("Catatan dari browser");
    browser.findElement(By.id("consultations:followUp")).sendKeys("Uji coba lagi");
    WebElement firstItem =
        browser.findElement(By.cssSelector(".action-item-form input[id$='itemText']"));
    firstItem.sendKeys("Susun ulang alur layanan");
    browser
        .findElement(By.cssSelector(".action-item-form input[id$='itemOwner']"))
        .sendKeys("Inovator Pontianak");
    PageChecks.check(browser, "consultations-notes");
    browser.findElement(By.id("consultations:saveNotes")).click();
    wait.until(d -> card(topic).getText().contains("Catatan dari browser"));
    assertThat(card(topic).getText()).contains("Susun ulang alur layanan");

    browser.get(LocalStack.appUrl() + "/t/pontianak/availability");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ketersediaan saya"));
    PageChecks.check(browser, "availability");
    browser.get(LocalStack.appUrl() + "/t/pontianak/workload");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Beban mentor"));
    PageChecks.check(browser, "workload");
    browser.get(LocalStack.appUrl() + "/mentor/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consultations")));
    // the demo's upcoming consultations come first: the next five per tenant
    assertThat(browser.findElement(By.id("consultations")).getText()).contains("Kota Pontianak");
    PageChecks.check(browser, "mentor-home-consultations");
    PageChecks.assertNoFindings();
  }
}
