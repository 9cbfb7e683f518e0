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
 * A clinic admin's journey in Chromium: open the members page from the navigation, invite a person,
 * find them in the list as invited; the invitation page their mail links to is checked as well.
 * axe-core clean and usable at 360 px throughout.
 */
@ExtendWith(LocalStack.class)
class MembersBrowserIT {

  private static final String EMAIL = "dewi.browser@klik.example.go.id";

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "members.png");
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
  void clinicAdminInvitesAMemberAndSeesThemInTheList() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));

    browser.get(LocalStack.appUrl() + "/t/singkawang/");
    Chromium.logIn(browser, wait, "admin.singkawang");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-members"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Anggota"));
    PageChecks.check(browser, "members");

    browser.findElement(By.id("inviteForm:email")).sendKeys(EMAIL);
    browser.findElement(By.id("inviteForm:name")).sendKeys("Dewi Lewat Browser");
    browser.findElement(By.cssSelector("label[for='inviteForm:roles:2']")).click();
    browser.findElement(By.id("inviteForm:sendInvitation")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("inviteForm:inviteMessages"), "Undangan terkirim"));
    browser.findElement(By.id("members:search")).sendKeys("dewi.browser");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("members:table"), "Dewi Lewat Browser"));
    assertThat(browser.findElement(By.id("members:table")).getText())
        .contains(EMAIL, "Inovator", "Diundang");
    PageChecks.check(browser, "members after invitation");

    browser.findElement(By.id("inviteForm:sendInvitation")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("inviteForm:inviteMessages"), "wajib"));
    PageChecks.check(browser, "members invite errors");

    String link =
        Mailbox.invitationPath(Mailbox.await(EMAIL, 1).getJsonObject(0).getString("mimeMessage"));
    browser.get(LocalStack.appUrl() + link);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation:password")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Dewi Lewat Browser");
    assertThat(browser.findElements(By.id("nav-teams")))
        .as("a page open without login lists no pages behind it")
        .isEmpty();
    PageChecks.check(browser, "invitation");
    PageChecks.assertNoFindings();
  }
}
