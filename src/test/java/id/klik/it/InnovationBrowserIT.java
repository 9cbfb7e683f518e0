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
 * The innovator of Akcaya registers an innovation in Chromium: the form takes their team and its
 * work unit, counts the design narrative's words while it is typed, and the saved innovation shows
 * its profile and history.
 */
@ExtendWith(LocalStack.class)
class InnovationBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "innovation.png");
      try {
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
      } catch (Exception ignored) {
        // a missing screenshot must not hide the test's own outcome
      }
      browser.quit();
    }
  }

  private static String akcayaTeam() {
    return Api.get("/t/pontianak/api/teams?q=Akcaya", Api.token("staf.pontianak", "pontianak"))
        .json()
        .getJsonArray("items")
        .getJsonObject(0)
        .getString("id");
  }

  @Test
  void anInnovatorRegistersAnInnovationAndSeesTheNarrativesWordsCounted() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));

    browser.get(LocalStack.appUrl() + "/t/pontianak/innovations");
    Chromium.logIn(browser, wait, "inovator.pontianak");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Inovasi"));
    PageChecks.check(browser, "innovations");

    browser.findElement(By.id("new")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Inovasi baru"));
    // other journeys may have put the innovator in more teams: choose Akcaya's
    browser.executeScript("PF('innovationTeam').selectValue(arguments[0])", akcayaTeam());
    assertThat(Chromium.textOf(browser, By.id("edit:team")))
        .contains("Tim Inovasi Kelurahan Akcaya");
    browser.findElement(By.id("edit:name")).sendKeys("Bank Sampah Lewat Browser");
    browser.executeScript("PF('innovationKind').selectValue('non-digital')");
    browser.executeScript("PF('innovationForm').selectValue('pelayanan-publik')");
    browser.executeScript("PF('innovationInitiator').selectValue('masyarakat')");
    browser.executeScript("PF('innovationAffair').selectValue('lingkungan-hidup')");
    browser
        .findElement(By.id("edit:designNarrative"))
        .sendKeys("Anak-anak dan ibu-ibu memilah sampah – setiap 2 minggu.");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("narrativeWords"), "8 kata dari minimal 300"));
    PageChecks.check(browser, "innovation form");

    browser.findElement(By.id("edit:save")).click();
    wait.until(ExpectedConditions.textToBe(By.id("innovation-name"), "Bank Sampah Lewat Browser"));
    assertThat(browser.findElement(By.id("profile-fields")).getText())
        .contains("Non-digital", "Pelayanan publik", "Masyarakat", "Lingkungan hidup", "8 kata");
    assertThat(browser.findElement(By.id("pageMessages")).getText()).contains("Inovasi tersimpan");
    assertThat(
            browser
                .findElement(By.tagName("h1"))
                .findElement(By.xpath("following-sibling::p"))
                .getText())
        .as("the team brings its work unit")
        .contains("Kelurahan Akcaya", "Tim Inovasi Kelurahan Akcaya");
    PageChecks.check(browser, "innovation");

    browser.findElement(By.xpath("//a[contains(., 'Riwayat')]")).click();
    wait.until(
        d -> Chromium.textOf(browser, By.id("tabs:historyTable")).contains("inovator.pontianak"));
    assertThat(Chromium.textOf(browser, By.id("tabs:historyTable")))
        .contains("Tahapan", "Inisiatif");
    PageChecks.check(browser, "innovation history");
    PageChecks.screenshots(browser, "innovation");
    PageChecks.assertNoFindings();
  }
}
