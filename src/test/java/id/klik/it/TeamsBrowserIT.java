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

/** The Pontianak clinic admin creates an innovator team in Chromium and finds it in the list. */
@ExtendWith(LocalStack.class)
class TeamsBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "teams.png");
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
  void clinicAdminCreatesATeamAndSeesItListed() throws Exception {
    String token = Api.token("admin.pontianak", "pontianak");
    String unit =
        Api.get("/t/pontianak/api/work-units?q=KEL-BANSIR-LAUT", token)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    String innovator =
        Api.get("/t/pontianak/api/teams?q=Akcaya", token)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("leaderId");
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));

    browser.get(LocalStack.appUrl() + "/t/pontianak/teams");
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tim inovator"));
    assertThat(browser.findElement(By.id("teams:table")).getText())
        .contains("Tim Inovasi Kelurahan Akcaya");
    PageChecks.check(browser, "teams");

    browser.findElement(By.id("teams:add")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("teamDialogForm:name")));
    PageChecks.accessible(browser, "teams dialog");
    browser.findElement(By.id("teamDialogForm:name")).sendKeys("Tim Lewat Browser");
    browser.executeScript("PF('teamUnit').selectValue(arguments[0])", unit);
    browser.executeScript("PF('teamLeader').selectValue(arguments[0])", innovator);
    browser.findElement(By.id("teamDialogForm:save")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("teamDialog")));
    browser.findElement(By.id("teams:search")).sendKeys("Lewat");
    wait.until(
        d -> {
          String table = d.findElement(By.id("teams:table")).getText();
          return table.contains("Tim Lewat Browser") && !table.contains("Akcaya");
        });
    assertThat(browser.findElement(By.id("teams:table")).getText())
        .contains("Kelurahan Bansir Laut", "Inovator Pontianak");
    PageChecks.check(browser, "teams after create");
    PageChecks.assertNoFindings();
  }
}
