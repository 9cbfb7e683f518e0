package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Singkawang's admin finds Pontianak's shared innovation in the directory and declares that one of
 * Singkawang's innovations replicates it; Pontianak's admin confirms it in the innovation's
 * replication tab; Singkawang's tab then shows the confirmed link. Each page axe-clean at 360 px.
 */
@ExtendWith(LocalStack.class)
class ReplicationBrowserIT {

  private ChromeDriver browser;
  private WebDriverWait wait;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void declaredInTheDirectoryConfirmedByTheOtherRegionShownInTheTab() throws Exception {
    String pontianak = Api.token("admin.pontianak", "pontianak");
    String singkawang = Api.token("admin.singkawang", "singkawang");
    String originName = InnovationFixtures.unique("Pojok Baca Digital");
    String origin =
        InnovationFixtures.create(
            "pontianak",
            pontianak,
            originName,
            InnovationFixtures.workUnit("pontianak", "DINKES"),
            true);
    String replicaName = InnovationFixtures.unique("Pojok Baca Singkawang");
    String replica =
        InnovationFixtures.create(
            "singkawang",
            singkawang,
            replicaName,
            InnovationFixtures.workUnit("singkawang", "DINKES"),
            false);

    browser = Chromium.start();
    wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    browser.get(LocalStack.appUrl() + "/t/singkawang/innovation?id=" + replica);
    Chromium.logIn(browser, wait, "admin.singkawang");
    wait.until(ExpectedConditions.textToBe(By.id("innovation-name"), replicaName));
    openTab("Replikasi");
    assertThat(Chromium.textOf(browser, By.id("replicationCount"))).contains("0");
    PageChecks.check(browser, "replication tab");

    browser.findElement(By.id("declare")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Inovasi yang dibagikan"));
    browser.findElement(By.id("shared:search")).sendKeys(originName);
    wait.until(
        d -> {
          String table = Chromium.textOf(browser, By.id("shared:table"));
          return table.contains(originName) && table.contains("Kota Pontianak");
        });
    PageChecks.check(browser, "shared innovations");
    browser.findElement(By.cssSelector("button[id$=':replicate']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declareForm:send")));
    PageChecks.accessible(browser, "declare dialog");
    browser.findElement(By.id("declareForm:send")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("declareDialog")));
    wait.until(d -> Chromium.textOf(browser, By.id("shared:messages")).contains("Diajukan"));

    freshBrowser();
    browser.get(LocalStack.appUrl() + "/t/pontianak/innovation?id=" + origin);
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.textToBe(By.id("innovation-name"), originName));
    openTab("Replikasi");
    assertThat(Chromium.textOf(browser, By.id("tabs:replicationForm:links")))
        .contains(replicaName, "Kota Singkawang", "diajukan");
    PageChecks.check(browser, "incoming request");
    browser.findElement(By.cssSelector("button[id$=':confirm']")).click();
    wait.until(
        d ->
            Chromium.textOf(browser, By.id("tabs:replicationForm:links")).contains("dikonfirmasi"));
    assertThat(Chromium.textOf(browser, By.id("replicationCount"))).contains("1");

    freshBrowser();
    browser.get(LocalStack.appUrl() + "/t/singkawang/innovation?id=" + replica);
    Chromium.logIn(browser, wait, "admin.singkawang");
    wait.until(ExpectedConditions.textToBe(By.id("innovation-name"), replicaName));
    openTab("Replikasi");
    assertThat(Chromium.textOf(browser, By.id("tabs:replicationForm:links")))
        .contains(originName, "Kota Pontianak", "dikonfirmasi");
    PageChecks.check(browser, "confirmed link");

    // the journey tab of the same innovation: design thinking, a text written, a stage moved
    browser.findElement(By.xpath("//a[contains(., 'Perjalanan')]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:journeyForm")));
    PageChecks.check(browser, "journey tab");
    browser
        .findElement(By.cssSelector("[data-artifact='define/problem-statement'] textarea"))
        .sendKeys("Warga menunggu terlalu lama.");
    browser
        .findElement(
            By.cssSelector("[data-artifact='define/problem-statement'] button[id$=':save']"))
        .click();
    wait.until(
        d ->
            Chromium.textOf(browser, By.id("tabs:journeyForm:journeyMessages"))
                .contains("Tersimpan"));
    browser.findElement(By.cssSelector("#stage-define button[id$=':move']")).click();
    wait.until(d -> Chromium.textOf(browser, By.id("stage-define")).contains("tahap saat ini"));
    PageChecks.check(browser, "journey moved");
    PageChecks.assertNoFindings();
  }

  /** Another person logs in: a new browser (the findings so far must be none). */
  private void freshBrowser() throws Exception {
    PageChecks.assertNoFindings();
    browser.quit();
    browser = Chromium.start();
    wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
  }

  private void openTab(String title) {
    browser.findElement(By.xpath("//a[contains(., '" + title + "')]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:replicationForm")));
  }
}
