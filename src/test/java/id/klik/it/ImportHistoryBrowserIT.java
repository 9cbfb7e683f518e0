package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
 * The clinic admin imports a CSV on the work-units page, finds it in the import history and
 * downloads the very same bytes; an image passed off as CSV is refused with its real type named.
 */
@ExtendWith(LocalStack.class)
class ImportHistoryBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "import-history.png");
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
  void anImportedFileIsListedAndDownloadsByteForByte() throws Exception {
    browser = Chromium.start();
    Path downloads = Files.createTempDirectory("klik-downloads");
    browser.executeCdpCommand(
        "Page.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    browser.get(LocalStack.appUrl() + "/t/pontianak/work-units");
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Unit kerja"));

    String code = "HB-" + UUID.randomUUID().toString().substring(0, 8);
    String name = "riwayat-" + code + ".csv";
    Path csv = Files.createTempDirectory("klik-upload").resolve(name);
    Files.writeString(csv, "code,name,kind\n" + code + ",Dinas Riwayat,OPD\n");
    browser
        .findElement(By.cssSelector("#importForm\\:csv input[type=file]"))
        .sendKeys(csv.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("historyForm:imports"), name));
    assertThat(browser.findElement(By.id("historyForm:imports")).getText())
        .contains("admin.pontianak", "1 baru");

    browser.findElement(By.linkText(name)).click();
    Path downloaded = downloads.resolve(name);
    Chromium.waitUpTo(browser, Duration.ofSeconds(30))
        .until(b -> Files.exists(downloaded) && sizeOf(downloaded) == sizeOf(csv));
    assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(csv));

    Path png = csv.resolveSibling("gambar.csv");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    browser
        .findElement(By.cssSelector("#importForm\\:csv input[type=file]"))
        .sendKeys(png.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("units:messages"), "image/png"));
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
