package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every page a browser journey visits must pass: axe-core finds no serious or critical WCAG
 * 2.1 A/AA violation, and on a 360 px phone nothing scrolls sideways and the navigation opens from
 * its menu button.
 */
final class PageChecks {

  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final List<String> BLOCKING = List.of("serious", "critical");
  static final int PHONE = 360;
  static final int DESKTOP = 1366;

  private PageChecks() {}

  /** Runs all checks on the page the browser shows now; {@code name} names it in failures. */
  static void check(ChromeDriver browser, String name) {
    accessible(browser, name);
    fitsAPhone(browser, name);
  }

  static void accessible(ChromeDriver browser, String name) {
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
    List<Rule> blocking =
        results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
    assertThat(blocking)
        .as("axe-core on %s (%s):%n%s", name, browser.getCurrentUrl(), describe(blocking))
        .isEmpty();
  }

  static void fitsAPhone(ChromeDriver browser, String name) {
    atWidth(browser, PHONE);
    try {
      Number scrollWidth =
          (Number) browser.executeScript("return document.documentElement.scrollWidth");
      assertThat(scrollWidth.intValue())
          .as("%s scrolls sideways at %d px", name, PHONE)
          .isLessThanOrEqualTo(PHONE);
      List<WebElement> toggle = browser.findElements(By.id("nav-toggle"));
      if (!toggle.isEmpty()) {
        assertThat(toggle.get(0).isDisplayed()).as("menu button on %s", name).isTrue();
        toggle.get(0).click();
        assertThat(browser.findElement(By.id("nav-home")).isDisplayed())
            .as("navigation opens on %s", name)
            .isTrue();
        toggle.get(0).click();
      }
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** Saves what the page looks like at a phone's and a laptop's width, for a person to look at. */
  static void screenshots(ChromeDriver browser, String name) {
    for (int width : new int[] {PHONE, DESKTOP}) {
      atWidth(browser, width);
      try {
        Path file = Path.of("target", "screens", name + "-" + width + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
      } catch (Exception e) {
        // a screenshot is for looking at; it must not decide the test
        System.err.println("screenshot " + name + " failed: " + e);
      } finally {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
    }
  }

  private static void atWidth(ChromeDriver browser, int width) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 500));
  }

  private static String describe(List<Rule> rules) {
    return rules.stream()
        .map(
            r ->
                "- "
                    + r.getImpact()
                    + " "
                    + r.getId()
                    + ": "
                    + r.getHelp()
                    + "\n    "
                    + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()) + " " + n.getFailureSummary())
                        .collect(Collectors.joining("\n    ")))
        .collect(Collectors.joining("\n"));
  }
}
