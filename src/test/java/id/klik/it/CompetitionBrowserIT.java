package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * A juror scores a proposal on a phone-width screen; the clinic admin chooses the finalists and
 * publishes the results on the competition board. Both pages pass axe-core and fit 360 px.
 */
@ExtendWith(LocalStack.class)
class CompetitionBrowserIT {

  private static final String API = "/t/pontianak/api";
  private static final List<String> CRITERIA =
      List.of("novelty", "effectiveness", "benefit", "transferability", "sustainability");

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      Path shot = Path.of("target", "screenshots", "competition.png");
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
  void aJurorScoresOnAPhoneAndTheAdminPublishesTheFinalists() throws Exception {
    String admin = Api.token("admin.pontianak", "pontianak");
    String innovator = Api.token("inovator.pontianak", "pontianak");
    String competition = judgedCompetition(admin, innovator);
    String sheet =
        Api.get(API + "/reviews", Api.token("juri3.pontianak", "pontianak"))
            .structure()
            .asJsonArray()
            .stream()
            .map(v -> v.asJsonObject())
            .filter(o -> competition.equals(o.getString("competitionId", "")))
            .findFirst()
            .orElseThrow()
            .getString("id");

    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
    phone(browser);
    browser.get(LocalStack.appUrl() + "/t/pontianak/reviews");
    Chromium.logIn(browser, wait, "juri3.pontianak");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-" + sheet)));
    PageChecks.check(browser, "the juror's reviews");
    phone(browser);
    browser.findElement(By.id("open-" + sheet)).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("criterion-novelty")));
    assertThat(browser.findElement(By.id("blindNotice")).isDisplayed()).isTrue();
    PageChecks.check(browser, "review sheet");
    phone(browser);
    for (String criterion : CRITERIA) {
      var radio =
          browser.findElement(
              By.xpath(
                  "//fieldset[@id='criterion-"
                      + criterion
                      + "']//input[@type='radio' and @value='4']"));
      browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
      radio.click();
      browser.findElement(By.id("sheet:feedback-" + criterion)).sendKeys("Jelas dan terukur");
    }
    var submit = browser.findElement(By.id("sheet:submit"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
    submit.click();
    wait.until(ExpectedConditions.textToBe(By.id("reviewStatus"), "Terkirim"));
    assertThat(browser.findElement(By.id("weighted")).getText()).contains("100");
    PageChecks.check(browser, "review sheet submitted");

    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    // log out of the app and of Keycloak (deleting the app's cookies left Keycloak's session, so
    // the next page logged juri3 in again without asking)
    browser.get(LocalStack.appUrl() + "/auth/logout");
    if (!browser.findElements(By.id("kc-logout")).isEmpty()) {
      browser.findElement(By.id("kc-logout")).click();
    }
    wait.until(d -> !d.getCurrentUrl().contains("logout"));
    browser.manage().deleteAllCookies();
    browser.get(LocalStack.appUrl() + "/t/pontianak/competitions");
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-" + competition)));
    PageChecks.check(browser, "competitions");
    browser.findElement(By.id("open-" + competition)).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board:chooseFinalists")));
    assertThat(browser.findElement(By.id("ranking-kelurahan-upt")).getText())
        .contains("Gang Hijau Bebas Genangan Akcaya");
    PageChecks.check(browser, "competition board");
    assertThat(Chromium.textOf(browser, By.id("assignReviewers"))).contains("panel");
    browser.findElement(By.id("board:chooseFinalists")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board:publish")));

    // with finalists, the board assigns presentation sheets to the jurors ticked in its list
    assertThat(Chromium.textOf(browser, By.id("assignReviewers"))).contains("presentasi");
    assertThat(Chromium.textOf(browser, By.id("rankingStage"))).contains("Presentasi");
    long before =
        Db.count(
            "select count(*) from t_pontianak.review where competition_id = ?::uuid"
                + " and stage = 'PRESENTATION'",
            competition);
    WebElement juror =
        browser.findElement(
            By.xpath(
                "//fieldset[@id='assignReviewers']//input[@type='checkbox'"
                    + " and @value='juri2.pontianak']"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", juror);
    juror.click();
    browser.findElement(By.id("board:assign")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board:publish")));
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.review where competition_id = ?::uuid"
                    + " and stage = 'PRESENTATION' and reviewer_username = 'juri2.pontianak'",
                competition))
        .isPositive();
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.review where competition_id = ?::uuid"
                    + " and stage = 'PRESENTATION'",
                competition))
        .isGreaterThan(before);
    PageChecks.check(browser, "competition board with presentation jurors");
    browser.findElement(By.id("board:publish")).click();
    wait.until(ExpectedConditions.textToBe(By.id("competitionStatus"), "Hasil diumumkan"));
    assertThat(browser.findElement(By.id("finalists")).getText())
        .contains("Gang Hijau Bebas Genangan Akcaya");
    PageChecks.check(browser, "competition results");
    PageChecks.assertNoFindings();
  }

  /** The juror's screen: 360 px wide, a touch device. */
  private static void phone(ChromeDriver browser) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", PageChecks.PHONE, "height", 800, "deviceScaleFactor", 1, "mobile", true));
  }

  /** A blind competition with Akcaya's proposal registered, accepted and given to juri3. */
  private static String judgedCompetition(String admin, String innovator) {
    String form =
        Api.get(API + "/proposals/forms", innovator)
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getString("form");
    String innovation =
        Api.get(API + "/innovations?q=" + Api.enc("Gang Hijau Bebas Genangan Akcaya"), innovator)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Api.Reply proposal =
        Api.post(
            API + "/proposals",
            innovator,
            "{\"innovationId\":\"" + innovation + "\",\"form\":\"" + form + "\"}");
    assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
    String proposalId = proposal.json().getString("id");
    assertThat(Api.post(API + "/proposals/" + proposalId + "/submit", innovator, "").status())
        .isEqualTo(200);
    LocalDate today = LocalDate.now();
    Api.Reply created =
        Api.post(
            API + "/competitions",
            admin,
            "{\"name\":\"Kompetisi Browser "
                + System.nanoTime()
                + "\",\"program\":\"pontianak-city-competition@2025.1\",\"registrationOpens\":\""
                + today.minusDays(1)
                + "\",\"registrationCloses\":\""
                + today.plusDays(10)
                + "\",\"blind\":true}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    Api.Reply registered =
        Api.post(
            API + "/competitions/" + id + "/registrations",
            innovator,
            "{\"proposalId\":\"" + proposalId + "\"}");
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    Api.Reply screened =
        Api.post(
            API + "/competitions/" + id + "/screening/" + registered.json().getString("id"),
            admin,
            "{\"accepted\":true,\"checklist\":[\"form-complete\",\"innovation-applied\","
                + "\"head-approval\",\"not-entered-before\"]}");
    assertThat(screened.status()).as(screened.body()).isEqualTo(200);
    Api.Reply assigned =
        Api.post(
            API + "/competitions/" + id + "/reviewers",
            admin,
            "{\"reviewers\":[\"juri3.pontianak\"]}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    return id;
  }
}
