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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Pontianak clinic admin's journey in Chromium: log in through Keycloak, add a work unit,
 * import a CSV with one bad row and see which line is wrong, switch to English.
 */
@ExtendWith(LocalStack.class)
class WorkUnitsBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "work-units.png");
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
  void clinicAdminAddsAUnitImportsACsvAndSwitchesLanguage() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));

    browser.get(LocalStack.appUrl() + "/t/pontianak/work-units");
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Unit kerja"));
    PageChecks.check(browser, "work-units");

    browser.findElement(By.id("units:add")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unitDialogForm:code")));
    PageChecks.accessible(browser, "work-units dialog");
    browser.findElement(By.id("unitDialogForm:code")).sendKeys("UI-DINAS-BARU");
    browser.findElement(By.id("unitDialogForm:name")).sendKeys("Dinas Baru Lewat Browser");
    browser.findElement(By.id("unitDialogForm:save")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("unitDialog")));
    WebElement search = browser.findElement(By.id("units:search"));
    search.sendKeys("UI-DINAS");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("units:views:table"), "Dinas Baru Lewat Browser"));

    Path csv = Files.createTempFile("units", ".csv");
    Files.writeString(
        csv,
        "code,name,kind,parent_code\nUI-KEC,Kecamatan Uji,KECAMATAN,\nUI-KEL,Kelurahan Uji,KELURAHAN,TIDAK-ADA\n");
    browser
        .findElement(By.cssSelector("#importForm\\:csv input[type=file]"))
        .sendKeys(csv.toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("importForm:importProblems")));
    assertThat(browser.findElement(By.id("importForm:importProblems")).getText())
        .contains("3", "TIDAK-ADA");
    assertThat(browser.findElement(By.id("importSummary")).getText())
        .contains("tidak ada yang disimpan");
    PageChecks.check(browser, "work-units import problems");

    browser.findElement(By.id("lang-en")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Work units"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    PageChecks.check(browser, "work-units (English)");

    browser.findElement(By.id("nav-home")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    assertThat(browser.findElement(By.id("who")).getText())
        .as("the person and their role, never the role's code")
        .contains("Clinic admin")
        .doesNotContain("CLINIC_ADMIN", "clinic-admin");
    PageChecks.check(browser, "home");
    PageChecks.screenshots(browser, "home");
    PageChecks.assertNoFindings();
  }

  /**
   * A failure raised only when the transaction commits (here PostgreSQL refusing a NUL character in
   * the name, which no form field can stop) is a message in the open dialog, not an error page.
   */
  @Test
  void aValueTheDatabaseRefusesAtCommitIsAMessageOnThePage() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    browser.get(LocalStack.appUrl() + "/t/pontianak/work-units?lang=en");
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("units:add")));

    browser.findElement(By.id("units:add")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unitDialogForm:code")));
    browser.findElement(By.id("unitDialogForm:code")).sendKeys("UI-NUL");
    browser.executeScript(
        "document.getElementById('unitDialogForm:name').value = 'Dinas \\u0000 Nol';");
    browser.findElement(By.id("unitDialogForm:save")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("unitDialogForm:dialogMessages"), "cannot be stored"));
    assertThat(browser.findElement(By.id("unitDialog")).isDisplayed()).isTrue();
    assertThat(browser.getPageSource()).doesNotContain("Exception");
  }
}
