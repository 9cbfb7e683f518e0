package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Pontianak clinic admin starts an academy from its blueprint, starts it, enrols the Akcaya
 * team and records attendance on the sheet at a phone's width; every page passes axe-core and fits
 * 360 px.
 */
@ExtendWith(LocalStack.class)
class ProgramsBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      PageChecks.screenshots(browser, "programs-last");
      browser.quit();
    }
  }

  @Test
  void anAdminCreatesTheAcademyAndRecordsAttendanceOnAPhone() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    String title = "PIA Browser " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate start = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(35);

    browser.get(LocalStack.appUrl() + "/t/pontianak/programs");
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Program"));
    assertThat(Chromium.textOf(browser, By.id("programs:table")))
        .contains("Pontianak Innovators Academy 2026");
    PageChecks.check(browser, "programs");

    new Select(browser.findElement(By.id("create:blueprint")))
        .selectByValue("pontianak-innovators-academy@2024.1");
    browser.findElement(By.id("create:title")).sendKeys(title);
    WebElement date = browser.findElement(By.id("create:start_input"));
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    date.sendKeys(start.toString(), Keys.ESCAPE);
    browser.findElement(By.id("create:createProgram")).click();
    wait.until(ExpectedConditions.textToBe(By.id("programTitle"), title));
    assertThat(Chromium.textOf(browser, By.id("sessions:sessionTable")))
        .contains("Pertemuan utama 1", "Pertemuan utama 3", "Konsultasi antarpertemuan");
    PageChecks.check(browser, "program");

    button("Mulai program").click();
    wait.until(ExpectedConditions.textToBe(By.id("programState"), "Berjalan"));
    new Select(browser.findElement(By.id("teams:team")))
        .selectByVisibleText("Tim Inovasi Kelurahan Akcaya");
    browser.findElement(By.id("teams:enrol")).click();
    wait.until(
        d ->
            Chromium.textOf(browser, By.id("teams:teamTable"))
                .contains("Tim Inovasi Kelurahan Akcaya"));
    PageChecks.check(browser, "program with team");

    // a worksheet for the first meeting: title, session, then the file (uploaded at once)
    Path worksheet =
        Files.write(
            Files.createTempDirectory("klik-material").resolve("Lembar empati.pdf"),
            EvidenceIT.pdf("Lembar empati"));
    browser.findElement(By.id("materials:materialTitle")).sendKeys("Lembar kerja empati");
    new Select(browser.findElement(By.id("materials:materialSession")))
        .selectByVisibleText("Pertemuan utama 1");
    // title and session reach the page by their own small posts before the file goes
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                            + " && !(window.jQuery && jQuery.active);")));
    browser.findElement(By.id("materials:upload_input")).sendKeys(worksheet.toString());
    wait.until(d -> Chromium.textOf(browser, By.id("materials")).contains("Lembar kerja empati"));
    assertThat(Chromium.textOf(browser, By.id("materials")))
        .contains("Lembar empati.pdf", "Pertemuan utama 1");
    PageChecks.check(browser, "program with a material");

    String sheet = browser.findElement(By.cssSelector("a.attendance-link")).getAttribute("href");
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", PageChecks.PHONE, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    browser.get(sheet);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Daftar hadir"));
    assertThat(Chromium.textOf(browser, By.id("sheet"))).contains("Inovator Pontianak");
    WebElement box = browser.findElements(By.cssSelector("input.present-box")).get(0);
    assertThat(box.getSize().getHeight()).isGreaterThanOrEqualTo(24);
    browser.findElements(By.cssSelector("label.mark")).get(0).click();
    browser.findElement(By.id("sheet:save")).click();
    wait.until(
        d -> Chromium.textOf(browser, By.id("sheet:messages")).contains("Daftar hadir tersimpan"));
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    PageChecks.check(browser, "attendance sheet");

    browser.get(LocalStack.appUrl() + "/t/pontianak/calendar");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kalender klinik"));
    PageChecks.check(browser, "calendar");
    browser.findElement(By.id("feed:renew")).click();
    wait.until(d -> Chromium.textOf(browser, By.id("feed")).contains("/calendar/"));
    PageChecks.check(browser, "calendar with feed");
    PageChecks.assertNoFindings();
  }

  private WebElement button(String text) {
    return browser.findElements(By.cssSelector("button")).stream()
        .filter(b -> b.getText().trim().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button " + text));
  }
}
