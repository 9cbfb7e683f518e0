package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Pontianak clinic admin searches the demo portfolio in Chromium, sees the filters with their
 * counts, and exports what is shown as XLSX: the download arrives.
 */
@ExtendWith(LocalStack.class)
class InnovationSearchBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      PageChecks.screenshots(browser, "innovations");
      browser.quit();
    }
  }

  /** The text of the value chosen in a filter menu. */
  private static String chosen(ChromeDriver browser, String facet) {
    return new Select(browser.findElement(By.id("innovations:filter_" + facet)))
        .getFirstSelectedOption()
        .getText();
  }

  private static String table(org.openqa.selenium.WebDriver b) {
    try {
      return b.findElement(By.id("innovations:table")).getText();
    } catch (StaleElementReferenceException replacedMeanwhile) {
      return "";
    }
  }

  @Test
  void adminSearchesFiltersAndExports() throws Exception {
    browser = Chromium.start();
    Path downloads = Files.createTempDirectory("klik-downloads");
    browser.executeCdpCommand(
        "Page.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    browser.get(LocalStack.appUrl() + "/t/pontianak/innovations");
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Inovasi"));
    PageChecks.check(browser, "innovations");

    browser.findElement(By.id("innovations:q")).sendKeys("puskesmas");
    org.openqa.selenium.WebElement before = browser.findElement(By.id("innovations:table"));
    browser.findElement(By.id("innovations:search")).click();
    // the answer re-renders the form: wait for it, not for what the first page showed already
    wait.until(ExpectedConditions.stalenessOf(before));
    wait.until(b -> table(b).contains("Antrean Puskesmas Daring (SiAntre)"));
    assertThat(chosen(browser, "stage")).startsWith("Semua");

    // a filter narrows the search: of the puskesmas innovations, the one on trial; choosing it in
    // the menu posts it
    before = browser.findElement(By.id("innovations:table"));
    new Select(browser.findElement(By.id("innovations:filter_stage"))).selectByValue("uji-coba");
    wait.until(ExpectedConditions.stalenessOf(before));
    wait.until(
        b -> {
          String rows = table(b);
          return rows.contains("Posyandu Remaja Sehat Jiwa") && !rows.contains("SiAntre");
        });
    assertThat(chosen(browser, "stage")).startsWith("Uji coba");
    PageChecks.check(browser, "innovations filtered");

    browser.findElement(By.id("innovations:exportXlsx")).click();
    Path[] file = new Path[1];
    Chromium.waitUpTo(browser, Duration.ofSeconds(30))
        .until(
            b -> {
              try (Stream<Path> files = Files.list(downloads)) {
                file[0] =
                    files
                        .filter(f -> f.getFileName().toString().endsWith(".xlsx"))
                        .findFirst()
                        .orElse(null);
                return file[0] != null && Files.size(file[0]) > 0;
              } catch (java.io.IOException e) {
                return false;
              }
            });
    byte[] bytes = Files.readAllBytes(file[0]);
    assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
    PageChecks.assertNoFindings();
  }
}
