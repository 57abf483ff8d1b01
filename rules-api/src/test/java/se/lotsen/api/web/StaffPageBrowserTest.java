package se.lotsen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.lotsen.api.LotsenApplication;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.TestAppsAccess;
import se.lotsen.api.auth.Role;

/**
 * The staff page in a real headless Chromium (Debian's chromium and chromium-driver) against the
 * app on loopback: a sleep question, a violence case, the language toggle, a validation error,
 * and keyboard-only use.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StaffPageBrowserTest {
    private static final Path DIR = TestAppsAccess.tempDir();
    static final DropwizardAppExtension<LotsenConfiguration> APP =
            new DropwizardAppExtension<>(LotsenApplication.class, TestAppsAccess.config(DIR));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WebDriver browser;
    private static String staffKey;

    @BeforeAll
    static void startBrowser() {
        staffKey = TestAppsAccess.key(DIR, Role.STAFF);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("lotsen.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("lotsen.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1200, 1600));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openPageWithKey() {
        browser.get("http://127.0.0.1:" + APP.getLocalPort() + "/");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        WebElement key = browser.findElement(By.id("api-key"));
        key.sendKeys(staffKey);
        browser.findElement(By.id("save-key")).click();
        waitFor(By.id("need-SLEEP"));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> stepTitles() {
        return browser.findElements(By.cssSelector("#steps > li > h3")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aSleepQuestionGivesTheNurseFirstWithItsReason() throws Exception {
        browser.findElement(By.id("childAgeMonths")).sendKeys("6");
        browser.findElement(By.id("need-SLEEP")).click();
        browser.findElement(By.id("suggest")).click();
        waitFor(By.cssSelector("#steps > li"));

        assertThat(stepTitles()).first().isEqualTo("BVC-sjuksköterska");
        assertThat(browser.findElement(By.id("safeguarding")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#steps > li .reasons")).getText()).contains("BVC-sjuksköterskan");
        assertThat(browser.findElement(By.id("version")).getText()).contains("2026.11.1");
        screenshot("sleep-sv");
    }

    @Test
    void aViolenceCaseShowsTheSafeguardingBannerAboveTheSteps() throws Exception {
        browser.findElement(By.id("childAgeMonths")).sendKeys("14");
        browser.findElement(By.id("need-SLEEP")).click();
        browser.findElement(By.id("need-RELATIONSHIP")).click();
        browser.findElement(By.id("risk-DOMESTIC_VIOLENCE")).click();
        browser.findElement(By.id("protective-SOCIAL_NETWORK")).click();
        browser.findElement(By.id("suggest")).click();
        WebElement banner = waitFor(By.id("safeguarding"));

        assertThat(banner.getText()).contains("Oro för barnets").contains("Anmälningsplikt").contains("020-50 50 50");
        WebElement firstStep = browser.findElement(By.cssSelector("#steps > li"));
        assertThat(banner.getLocation().getY()).isLessThan(firstStep.getLocation().getY());
        assertThat(firstStep.getAttribute("class")).contains("safeguarding");
        assertThat(stepTitles().get(0)).contains("Socialtjänsten");
        screenshot("safeguarding-sv");
    }

    @Test
    void theLanguageToggleSwitchesLabelsAndTheAnswerToEnglish() {
        browser.findElement(By.id("language-toggle")).click();

        assertThat(browser.findElement(By.cssSelector("label[for=need-SLEEP]")).getText()).isEqualTo("Sleep");
        assertThat(browser.findElement(By.id("suggest")).getText()).isEqualTo("Suggest a pathway");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.id("childAgeMonths")).sendKeys("6");
        browser.findElement(By.id("need-SLEEP")).click();
        browser.findElement(By.id("suggest")).click();
        waitFor(By.cssSelector("#steps > li"));
        assertThat(stepTitles()).first().isEqualTo("Child health nurse (BVC)");
        browser.findElement(By.id("language-toggle")).click();
        assertThat(stepTitles()).first().isEqualTo("BVC-sjuksköterska");
    }

    @Test
    void anApiErrorIsShownNextToTheFieldItNames() {
        browser.findElement(By.id("childAgeMonths")).sendKeys("90");
        browser.findElement(By.id("need-SLEEP")).click();
        browser.findElement(By.id("suggest")).click();
        WebElement error = waitFor(By.id("age-error"));

        assertThat(error.getText()).contains("childAgeMonths").contains("0 and 83");
        WebElement age = browser.findElement(By.id("childAgeMonths"));
        assertThat(age.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.switchTo().activeElement()).isEqualTo(age);
        assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
    }

    @Test
    void theWholeFormWorksWithTheKeyboardAlone() {
        List<String> reached = new ArrayList<>();
        // Start where a keyboard user starts: a freshly loaded page (the key is kept in the tab).
        browser.navigate().refresh();
        waitFor(By.id("need-SLEEP"));
        Actions keys = new Actions(browser);
        for (int i = 0; i < 200 && !reached.contains("suggest"); i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            String id = focused.getAttribute("id");
            reached.add(id);
            if ("childAgeMonths".equals(id)) {
                keys.sendKeys("6").perform();
            }
            if ("need-SLEEP".equals(id)) {
                keys.sendKeys(Keys.SPACE).perform();
            }
        }
        assertThat(reached).as(reached.toString()).doesNotContain("epds-total-score", "epds-item-1");
        assertThat(reached).as(reached.toString()).containsSubsequence("language-toggle", "api-key", "save-key", "age-born", "childAgeMonths", "need-SLEEP",
                "sev-SLEEP", "risk-DOMESTIC_VIOLENCE", "protective-SUPPORTIVE_PARTNER", "language", "centre", "suggest");

        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(By.cssSelector("#steps > li"));
        assertThat(stepTitles()).first().isEqualTo("BVC-sjuksköterska");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("result-heading");
    }

    /** WCAG 2.1 AA: text contrast of at least 4.5:1 (3:1 for large text), on the page with a result showing. */
    @Test
    void allVisibleTextPassesWcagAaContrast() {
        browser.findElement(By.id("childAgeMonths")).sendKeys("14");
        browser.findElement(By.id("risk-DOMESTIC_VIOLENCE")).click();
        browser.findElement(By.id("need-SLEEP")).click();
        browser.findElement(By.id("suggest")).click();
        waitFor(By.id("safeguarding"));
        Object failures = ((JavascriptExecutor) browser).executeScript("""
                const rgb = c => c.match(/[\\d.]+/g).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
                    if (rgb(c).length < 4 || rgb(c)[3] > 0) return rgb(c); } return [255, 255, 255]; };
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                  if (!own || !e.offsetParent) continue;
                  const s = getComputedStyle(e), fg = lum(rgb(s.color)), bg = lum(background(e));
                  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
                  const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && Number(s.fontWeight) >= 700);
                  if (ratio < (large ? 3 : 4.5)) out.push(e.tagName + '#' + e.id + ' ' + ratio.toFixed(2));
                }
                return out;
                """);
        assertThat((List<?>) failures).isEmpty();
    }

    @Test
    void everyControlHasALabel() {
        Object unlabelled = ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('input, select, button')]
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                               && !e.getAttribute('aria-labelledby') && !(e.textContent || '').trim())
                  .map(e => e.id);
                """);
        assertThat((List<?>) unlabelled).isEmpty();
    }
}
