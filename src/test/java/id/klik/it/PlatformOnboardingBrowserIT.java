package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A platform admin creates a tenant in the console (a mistake first, told by field), watches it
 * come up on the page that refreshes itself, and changes its settings; axe-clean, at 360 px too.
 */
@ExtendWith(LocalStack.class)
class PlatformOnboardingBrowserIT {

  private ChromeDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void platformAdminCreatesATenantAndWatchesItComeUp() throws Exception {
    browser = Chromium.start();
    WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(120));

    browser.get(LocalStack.appUrl() + "/platform/");
    Chromium.logIn(browser, wait, "platform.admin");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Konsol platform"));
    browser.findElement(By.id("console:newTenant")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tenant baru"));
    PageChecks.check(browser, "new tenant form");

    browser.findElement(By.id("newTenant:slug")).sendKeys("sekadau");
    browser.findElement(By.id("newTenant:name")).sendKeys("Kabupaten Sekadau");
    new Select(browser.findElement(By.id("newTenant:kind"))).selectByValue("kabupaten");
    browser.findElement(By.id("newTenant:regionCode")).sendKeys("61.77");
    browser
        .findElement(By.cssSelector("input[id$=':0:adminEmail']"))
        .sendKeys("admin@sekadau.example.go.id");
    browser.findElement(By.cssSelector("input[id$=':0:adminName']")).sendKeys("Admin Sekadau");
    WebElement form = browser.findElement(By.id("newTenant:messages"));
    browser.findElement(By.id("newTenant:create")).click();

    // a regency's code uses 01–69: the message says so, and the form keeps what was typed
    wait.until(ExpectedConditions.stalenessOf(form));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("newTenant:messages"), "61.77"));
    assertThat(browser.findElement(By.id("newTenant:messages")).getText())
        .contains("Kode wilayah", "01–69");
    assertThat(Db.count("select count(*) from platform.tenant where slug = 'sekadau'")).isZero();
    PageChecks.check(browser, "new tenant form with problems");
    PageChecks.screenshots(browser, "platform-new-tenant-problems");

    WebElement region = browser.findElement(By.id("newTenant:regionCode"));
    region.clear();
    region.sendKeys("61.09");
    browser.findElement(By.id("newTenant:create")).click();

    wait.until(ExpectedConditions.urlContains("tenant.xhtml?slug=sekadau"));
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kabupaten Sekadau"));
    // the page refreshes itself until onboarding is done
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("progressForm:progress"), "Tenant sudah siap."));
    assertThat(Chromium.textOf(browser, By.id("progressForm:progress")))
        .contains("Aktif", "Konsol platform / API", "Mutakhir", "Selesai")
        .doesNotContain("ACTIVE");
    PageChecks.check(browser, "tenant progress");
    PageChecks.screenshots(browser, "platform-tenant-progress");

    WebElement name = browser.findElement(By.id("settingsForm:name"));
    name.clear();
    name.sendKeys("Kabupaten Sekadau Raya");
    new Select(browser.findElement(By.id("settingsForm:timeZone"))).selectByValue("WITA");
    browser.findElement(By.id("settingsForm:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("settingsForm:messages"), "Pengaturan tersimpan."));
    assertThat(
            Db.count(
                "select count(*) from platform.tenant where slug = 'sekadau'"
                    + " and name = 'Kabupaten Sekadau Raya' and time_zone = 'WITA'"))
        .isEqualTo(1);
    PageChecks.check(browser, "tenant settings saved");

    // a tenant with a folder in tenants/ shows where its settings live, and no form
    browser.get(LocalStack.appUrl() + "/platform/tenant.xhtml?slug=pontianak");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("managedByManifest")));
    assertThat(browser.findElement(By.id("managedByManifest")).getText())
        .contains("tenants/pontianak/tenant.yaml");
    assertThat(browser.findElements(By.id("settingsForm:save"))).isEmpty();
    PageChecks.check(browser, "manifest tenant");
    PageChecks.assertNoFindings();
  }
}
