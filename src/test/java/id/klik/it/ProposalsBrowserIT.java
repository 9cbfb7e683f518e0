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
 * The innovator of Akcaya writes a section of a KIPP proposal in Chromium: the words are counted
 * while typed, the save becomes a version, the checks speak of the text, the assistant says AI is
 * off, and the innovator submits.
 */
@ExtendWith(LocalStack.class)
class ProposalsBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "proposal.png");
      try {
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
      } catch (Exception ignored) {
        // a missing screenshot must not hide the test's own outcome
      }
      browser.quit();
    }
  }

  private static String proposal() {
    return ProposalAssistFixtures.kippProposal("Posyandu Daring");
  }

  @Test
  void anInnovatorWritesASectionSeesCountersAndChecksAndSubmits() throws Exception {
    String id = proposal();
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));

    browser.get(LocalStack.appUrl() + "/t/pontianak/proposals");
    Chromium.logIn(browser, wait, "inovator.pontianak");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Proposal inovasi"));
    PageChecks.check(browser, "proposals");

    browser.get(LocalStack.appUrl() + "/t/pontianak/proposal?id=" + id);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-novelty:text")));
    assertThat(Chromium.textOf(browser, By.id("assistantOff"))).contains("AI tidak aktif");
    browser
        .findElement(By.id("form-novelty:text"))
        .sendKeys("Layanan SIPADU memangkas antrean warga di kelurahan.");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("count-novelty"), "7 kata"));
    PageChecks.check(browser, "proposal editor");

    browser.findElement(By.id("form-novelty:save")).click();
    wait.until(ExpectedConditions.textToBe(By.id("revision"), "1"));
    assertThat(Chromium.textOf(browser, By.id("states:messages"))).contains("versi baru");
    assertThat(Chromium.textOf(browser, By.id("findings-novelty")))
        .contains("Singkatan SIPADU tidak dijelaskan");
    assertThat(Chromium.textOf(browser, By.id("checkList")))
        .contains("Bagian wajib ini masih kosong");
    assertThat(Chromium.textOf(browser, By.id("versions"))).contains("inovator.pontianak");
    PageChecks.check(browser, "proposal saved");

    browser.findElement(By.id("states:to-submitted")).click();
    wait.until(ExpectedConditions.textToBe(By.id("state"), "Diajukan"));
    assertThat(browser.findElements(By.id("form-novelty:save"))).isEmpty();
    PageChecks.check(browser, "proposal submitted");
    PageChecks.screenshots(browser, "proposal");
    PageChecks.assertNoFindings();
  }

  @Test
  void anInnovatorUploadsTheBudgetInTheEditorAndAWrongTypeIsRefused() throws Exception {
    String id = ProposalAssistFixtures.iidProposal("Anggaran Posyandu");
    Path dir = Files.createTempDirectory("klik-attachment");
    Path pdf = Files.write(dir.resolve("Anggaran.pdf"), EvidenceIT.pdf("Anggaran posyandu"));
    Path png = Files.write(dir.resolve("Anggaran.png"), FileStoreIT.png());
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));

    browser.get(LocalStack.appUrl() + "/t/pontianak/proposal?id=" + id);
    Chromium.logIn(browser, wait, "inovator.pontianak");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachment-budget")));
    assertThat(Chromium.textOf(browser, By.id("attachment-budget"))).contains("PDF", "10 MB");

    browser.findElement(By.id("attachmentsForm:upload-budget_input")).sendKeys(png.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("attachmentsForm:messages"), "application/pdf"));
    assertThat(browser.findElements(By.id("attachmentsForm:download-budget"))).isEmpty();

    browser.findElement(By.id("attachmentsForm:upload-budget_input")).sendKeys(pdf.toString());
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.id("attachmentsForm:download-budget")));
    assertThat(Chromium.textOf(browser, By.id("attachmentsForm:download-budget")))
        .isEqualTo("Anggaran.pdf");
    PageChecks.check(browser, "proposal with an attachment");
    browser.executeScript("document.getElementById('attachment-budget').scrollIntoView()");
    PageChecks.screenshots(browser, "proposal-attachment");
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.proposal_attachment where proposal_id = ?::uuid"
                    + " and attachment_id = 'budget'",
                id))
        .isEqualTo(1);

    browser.findElement(By.id("attachmentsForm:remove-budget")).click();
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.id("attachmentsForm:download-budget")));
    assertThat(Chromium.textOf(browser, By.id("attachment-budget"))).contains("belum ada");
    PageChecks.assertNoFindings();
  }
}
