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

  /**
   * What the checks found so far in this journey: a journey goes on past a finding, so one run
   * lists every page's problems; {@link #assertNoFindings()} at its end fails it.
   */
  private static final List<String> FINDINGS = new java.util.ArrayList<>();

  private PageChecks() {}

  /** Starts a journey with no findings (one that failed early may have left some). */
  static void forget() {
    FINDINGS.clear();
  }

  /** Fails with every finding of the journey, and forgets them for the next one. */
  static void assertNoFindings() {
    List<String> found = List.copyOf(FINDINGS);
    FINDINGS.clear();
    assertThat(found)
        .as("accessibility and phone-layout findings:%n%s", String.join("\n", found))
        .isEmpty();
  }

  /** Runs all checks on the page the browser shows now; {@code name} names it in failures. */
  static void check(ChromeDriver browser, String name) {
    accessible(browser, name);
    fitsAPhone(browser, name);
  }

  static void accessible(ChromeDriver browser, String name) {
    settle(browser);
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
    List<Rule> blocking =
        results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
    if (!blocking.isEmpty()) {
      FINDINGS.add(
          String.format(
              "axe-core on %s (%s):%n%s", name, browser.getCurrentUrl(), describe(blocking)));
    }
  }

  static void fitsAPhone(ChromeDriver browser, String name) {
    atWidth(browser, PHONE);
    try {
      Number scrollWidth =
          (Number) browser.executeScript("return document.documentElement.scrollWidth");
      if (scrollWidth.intValue() > PHONE) {
        FINDINGS.add(
            String.format(
                "%s scrolls sideways at %d px: %d px wide (widest: %s)",
                name, PHONE, scrollWidth.intValue(), widest(browser)));
      }
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

  /** The elements sticking out on the right, to say what makes a page too wide. */
  private static Object widest(ChromeDriver browser) {
    return browser.executeScript(
        "return Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
            + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className"
            + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
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

  /**
   * Ends running animations (PrimeFaces fades dialogs and masks in with jQuery, buttons change
   * colour with CSS transitions), so axe-core measures the colours the page comes to rest with, not
   * a frame halfway through a fade (seen once as 4.41:1 on a button behind an opening dialog).
   */
  private static void settle(ChromeDriver browser) {
    browser.executeScript(
        "if (!document.getElementById('klik-test-still')) {"
            + " var s = document.createElement('style'); s.id = 'klik-test-still';"
            + " s.textContent = '*, *::before, *::after { transition: none !important;"
            + " animation: none !important; }';"
            + " document.head.appendChild(s); }"
            + " if (window.jQuery) { jQuery.fx.off = true; jQuery(':animated').finish(); }");
  }
}
