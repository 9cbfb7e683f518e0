package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.assistant.infrastructure.FakeChatCompletions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clinic admin switches the writing assistant's AI on for Pontianak on its page, then asks it
 * about a proposal's section in the editor: the suggestion of the fake endpoint streams into the
 * assistant panel, the admin accepts it into the section and saves, and the version is marked as
 * AI; the exchange then shows on the assistant page, its row folding open. Both pages pass axe-core
 * and fit 360 px.
 */
@ExtendWith(LocalStack.class)
class ProposalAssistBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    Api.put(
        "/t/pontianak/api/assistant",
        Api.token("admin.pontianak", "pontianak"),
        "{\"enabled\":false}");
    if (browser != null) {
      PageChecks.screenshots(browser, "proposal-assist");
      browser.quit();
    }
  }

  @Test
  void theAdminSwitchesTheAiOnAsksForASuggestionAcceptsItAndTheVersionIsMarked() throws Exception {
    String proposal = ProposalAssistFixtures.kippProposal("Pasar Rakyat Daring");
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));

    browser.get(LocalStack.appUrl() + "/t/pontianak/assistant");
    Chromium.logIn(browser, wait, "admin.pontianak");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("configured")));
    assertThat(Chromium.textOf(browser, By.id("configured"))).contains("fake-model");
    PageChecks.check(browser, "assistant settings");
    browser.findElement(By.id("assistantForm:switchOn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assistantForm:switchOff")));
    assertThat(Chromium.textOf(browser, By.id("enabled"))).contains("menyala");

    browser.get(LocalStack.appUrl() + "/t/pontianak/proposal?id=" + proposal);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-novelty:text")));
    assertThat(browser.findElements(By.id("assistantOff"))).isEmpty();
    browser
        .findElement(By.id("form-novelty:text"))
        .sendKeys("Pedagang pasar menjual dagangan lewat aplikasi kelurahan.");
    browser.findElement(By.id("assist-novelty")).click();
    wait.until(ExpectedConditions.textToBe(By.id("assistantText"), FakeChatCompletions.REPLY));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("assistantAccept")));
    PageChecks.check(browser, "proposal with a suggestion");

    browser.findElement(By.id("assistantAccept")).click();
    assertThat(browser.findElement(By.id("form-novelty:text")).getAttribute("value"))
        .isEqualTo(FakeChatCompletions.REPLY);
    browser.findElement(By.id("form-novelty:save")).click();
    wait.until(ExpectedConditions.textToBe(By.id("revision"), "1"));
    assertThat(Chromium.textOf(browser, By.id("versions"))).contains("AI");
    PageChecks.check(browser, "proposal saved from a suggestion");

    // the exchange is on the admin's page now (its rows fold open: the page needs a row key)
    browser.get(LocalStack.appUrl() + "/t/pontianak/assistant");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assistantForm:exchanges")));
    assertThat(Chromium.textOf(browser, By.id("assistantForm:exchanges"))).contains("novelty");
    browser.findElement(By.cssSelector("#assistantForm\\:exchanges .ui-row-toggler")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#assistantForm\\:exchanges .ui-expanded-row-content")));
    PageChecks.check(browser, "assistant settings with an exchange");
    PageChecks.assertNoFindings();
  }
}
