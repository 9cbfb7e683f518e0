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
}
