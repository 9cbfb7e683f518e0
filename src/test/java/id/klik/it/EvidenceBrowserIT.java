package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The innovator uploads evidence on the innovation page's evidence tab: the upload shows its
 * progress, the file is listed, a second upload of the same name is listed as version 2, the first
 * version still downloads, an executable named .pdf is refused with a message, and the tab passes
 * axe-core and the 360 px check.
 */
@ExtendWith(LocalStack.class)
class EvidenceBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      PageChecks.screenshots(browser, "evidence");
      browser.quit();
    }
  }

  private static String innovationOfTheInnovatorsTeam() {
    String admin = Api.token("admin.pontianak", "pontianak");
    String unit =
        Api.get("/t/pontianak/api/work-units?q=KEL-AKCAYA", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    String team =
        Api.get("/t/pontianak/api/teams?q=Akcaya", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Api.Reply r =
        Api.post(
            "/t/pontianak/api/innovations",
            admin,
            "{\"name\":\"Bukti lewat browser "
                + UUID.randomUUID()
                + "\",\"workUnitId\":\""
                + unit
                + "\",\"teamId\":\""
                + team
                + "\",\"stage\":\"inisiatif\",\"kind\":\"digital\",\"form\":\"pelayanan-publik\","
                + "\"initiator\":\"asn\",\"primaryAffair\":\"kesehatan\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().getString("id");
  }

  private static byte[] pdf(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    byte[] head = "%PDF-1.4\n%demo\n".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }

  @Test
  void theInnovatorUploadsEvidenceAndANewVersionWithProgress() throws Exception {
    String id = innovationOfTheInnovatorsTeam();
    browser = Chromium.start();
    Path downloads = Files.createTempDirectory("klik-downloads");
    browser.executeCdpCommand(
        "Page.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(60));

    browser.get(LocalStack.appUrl() + "/t/pontianak/innovation?id=" + id);
    Chromium.logIn(browser, wait, "inovator.pontianak");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("innovation-name")));
    browser.findElement(By.linkText("Bukti")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:evidenceForm")));
    assertThat(browser.findElement(By.id("tabs:evidenceForm:evidenceTable")).getText())
        .contains("Belum ada bukti dukung");
    PageChecks.check(browser, "evidence tab");

    // remember whether a progress bar ever showed while the upload ran
    browser.executeScript(
        "window.klikProgressSeen = false;"
            + "new MutationObserver(() => { if (document.querySelector("
            + "'#tabs\\\\:evidenceForm\\\\:evidenceFile .ui-progressbar')) {"
            + " window.klikProgressSeen = true; } })"
            + ".observe(document.body, {childList: true, subtree: true});");
    Path dir = Files.createTempDirectory("klik-evidence");
    Path first = dir.resolve("Laporan uji coba.pdf");
    Files.write(first, pdf(3_000_000));
    browser
        .findElement(By.cssSelector("#tabs\\:evidenceForm\\:evidenceFile input[type=file]"))
        .sendKeys(first.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tabs:evidenceForm:evidenceTable"), "v1 · Laporan uji coba.pdf"));
    assertThat(browser.executeScript("return window.klikProgressSeen")).isEqualTo(true);
    assertThat(browser.findElement(By.id("tabs:evidenceForm:evidenceTable")).getText())
        .contains("Bukti umum", "inovator.pontianak");

    Path again = dir.resolve("v2").resolve("Laporan uji coba.pdf");
    Files.createDirectories(again.getParent());
    Files.write(again, pdf(2_000_000));
    browser
        .findElement(By.cssSelector("#tabs\\:evidenceForm\\:evidenceFile input[type=file]"))
        .sendKeys(again.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tabs:evidenceForm:evidenceTable"), "v2 · Laporan uji coba.pdf"));
    assertThat(browser.findElement(By.id("evidenceSummary")).getText()).contains("versi 2");
    PageChecks.check(browser, "evidence tab with two versions");

    browser.findElement(By.partialLinkText("v1 · Laporan uji coba.pdf")).click();
    Path downloaded = downloads.resolve("Laporan uji coba.pdf");
    Chromium.waitUpTo(browser, Duration.ofSeconds(30))
        .until(b -> Files.exists(downloaded) && sizeOf(downloaded) == 3_000_000);
    assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(first));

    Path exe = dir.resolve("bukan.pdf");
    byte[] mz = new byte[4096];
    mz[0] = 'M';
    mz[1] = 'Z';
    Files.write(exe, mz);
    browser
        .findElement(By.cssSelector("#tabs\\:evidenceForm\\:evidenceFile input[type=file]"))
        .sendKeys(exe.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tabs:evidenceForm:evidenceMessages"), "tidak disimpan oleh brankas bukti"));
    PageChecks.check(browser, "evidence tab with a refusal");
    PageChecks.assertNoFindings();
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
