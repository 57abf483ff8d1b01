package se.lotsen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/**
 * The staff page in headless Chromium against a server on loopback: pathways, errors in the page's
 * own words next to their control, a page that never shows a stale pathway, a new family, the
 * compact layout at 1280 and 390 px, tap-to-call, touch targets and keyboard use.
 */
class StaffPageBrowserTest {
    private static TestApp app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start(c -> {
            c.getRateLimit().setBurst(40);
            c.getRateLimit().setPerMinute(1);
        });
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @BeforeEach
    void openPageWithAFreshKey() {
        browser.size(1280, 800);
        browser.driver.get("http://127.0.0.1:" + app.port() + "/");
        browser.script("sessionStorage.clear()");
        browser.driver.navigate().refresh();
        useKey(app.newKey(Role.STAFF).substring("Bearer ".length()));
        browser.waitFor(By.id("need-SLEEP"));
        browser.script("window.sent = []; const f = window.fetch; window.fetch = (u, o) => { window.sent.push(o && o.body); return f(u, o); };");
    }

    private static void useKey(String key) {
        WebElement field = browser.find("api-key");
        field.clear();
        field.sendKeys(key);
        browser.find("save-key").click();
    }

    private static void suggest() {
        browser.find("suggest").click();
    }

    private static List<String> stepTitles() {
        return browser.driver.findElements(By.cssSelector("#plan .step .step-name")).stream().map(WebElement::getText).toList();
    }

    private static boolean resultShown() {
        return browser.find("result").isDisplayed();
    }

    @Test
    void aSleepQuestionGivesTheNurseWithItsReasonAndAPlainTier() {
        browser.find("age-months").sendKeys("6");
        browser.find("need-SLEEP").click();
        suggest();
        browser.waitFor(By.cssSelector("#plan .step"));

        assertThat(stepTitles()).contains("BVC-sjuksköterska");
        assertThat(browser.find("safeguarding").isDisplayed()).isFalse();
        WebElement nurse = browser.driver.findElement(By.cssSelector("#plan .step[data-service=BVC_NURSE]"));
        nurse.findElement(By.cssSelector("button.why-toggle")).click();
        assertThat(nurse.findElement(By.cssSelector(".why")).getText()).contains("för alla", "regel ");
        assertThat(browser.find("handout-link").getAttribute("href")).matches(".*/f/[A-Za-z0-9_-]{22}");
    }

    @Test
    void yearsAndMonthsBecomeTheAgeInMonths() {
        browser.find("age-years").sendKeys("5");
        browser.find("age-months").sendKeys("2");
        browser.find("need-SCHOOL_START").click();
        suggest();
        browser.waitFor(By.cssSelector("#plan .step"));

        assertThat((String) browser.script("return window.sent[window.sent.length - 1]")).contains("\"childAgeMonths\":62");
    }

    @Test
    void aViolenceCaseShowsTheBannerFirstWithLinesToTap() {
        browser.find("age-months").sendKeys("14");
        browser.find("need-SLEEP").click();
        browser.find("need-RELATIONSHIP").click();
        browser.find("risk-DOMESTIC_VIOLENCE").click();
        suggest();
        WebElement banner = browser.waitFor(By.id("safeguarding"));

        assertThat(banner.getText()).contains("Oro för barnets", "Kvinnofridslinjen");
        assertThat(banner.findElements(By.cssSelector("a[href^='tel:']"))).isNotEmpty();
        WebElement firstStep = browser.driver.findElement(By.cssSelector("#plan .step"));
        assertThat(banner.getLocation().getY()).isLessThan(firstStep.getLocation().getY());
        assertThat(firstStep.getAttribute("class")).contains("safeguarding");
        assertThat(stepTitles()).noneMatch(t -> t.contains("Familjerådgivning"));
        browser.screenshot("staff-page-safeguarding-sv");
    }

    @Test
    void selfHarmThoughtsLeadWithTheSuicideRiskAndTheBannersTopIsInViewAfterSubmitAt390And1280() {
        for (int width : new int[] {390, 1280}) {
            browser.size(width, width == 390 ? 844 : 800);
            browser.find("new-family").click();
            browser.find("age-months").sendKeys("2");
            browser.find("need-SLEEP").click();
            browser.find("need-FEEDING").click();
            browser.find("risk-FINANCIAL_HARDSHIP").click();
            browser.driver.findElement(By.cssSelector("#epds-details > summary")).click();
            browser.find("epds-total").click();
            browser.find("epds-total-score").sendKeys("9");
            browser.find("epds-item10").sendKeys("1");
            suggest();
            WebElement banner = browser.waitFor(By.id("safeguarding"));

            assertThat(banner.findElement(By.cssSelector("p.lead")).getText()).as(width + " px")
                    .startsWith("Tankar på att skada sig själv").contains("bedöm suicidrisk i dag");
            assertThat(banner.getText()).contains("90101", "Chatt");
            double top = ((Number) browser.script("return document.getElementById('safeguarding').getBoundingClientRect().top"))
                    .doubleValue();
            long height = ((Number) browser.script("return window.innerHeight")).longValue();
            assertThat(top).as("the banner's top at " + width + " px, in a window " + height + " px high").isBetween(-1.0, height / 4.0);
        }
    }

    @Test
    void newFamilySetsEverySeverityBackToModerateLikeAFreshPage() {
        browser.find("age-months").sendKeys("6");
        browser.find("need-SLEEP").click();
        suggest();
        browser.waitFor(By.cssSelector("#plan .step"));

        browser.find("new-family").click();

        assertThat(browser.driver.findElements(By.cssSelector("#needs select"))).isNotEmpty()
                .allSatisfy(s -> assertThat(s.getAttribute("value")).isEqualTo("MODERATE"));
        browser.find("language-toggle").click();
        browser.find("new-family").click();
        assertThat(browser.driver.findElements(By.cssSelector("#needs select")))
                .allSatisfy(s -> assertThat(s.getAttribute("value")).isEqualTo("MODERATE"));
        browser.find("language-toggle").click();
    }

    @Test
    void theResultIsClearedWhenARequestIsSentAndOnAnError() {
        browser.find("age-months").sendKeys("6");
        browser.find("need-SLEEP").click();
        suggest();
        browser.waitFor(By.cssSelector("#plan .step"));
        assertThat(resultShown()).isTrue();

        browser.find("age-months").clear();
        browser.find("age-months").sendKeys("90");
        suggest();
        WebElement error = browser.waitFor(By.id("age-error"));

        assertThat(resultShown()).as("the previous family's pathway is gone").isFalse();
        assertThat(error.getText()).contains("Ange barnets ålder").doesNotContain("childAgeMonths");
        assertThat(browser.find("age-years").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void neitherAgeNorExpectingIsExplainedInSwedishNextToTheAge() {
        browser.find("need-SLEEP").click();
        suggest();

        assertThat(browser.waitFor(By.id("age-error")).getText()).contains("väntar barn").doesNotContain("give");
    }

    @Test
    void aNetworkFailureSaysSoAndShowsNoOldPathway() {
        browser.find("age-months").sendKeys("6");
        browser.find("need-SLEEP").click();
        suggest();
        browser.waitFor(By.cssSelector("#plan .step"));
        browser.script("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");

        suggest();

        assertThat(browser.waitFor(By.id("form-error")).getText()).contains("Lotsen svarar inte");
        assertThat(resultShown()).isFalse();
    }

    @Test
    void aWrongKeyARoleThatMayNotAndTooManyRequestsEachGetTheirOwnWords() {
        browser.find("age-months").sendKeys("6");
        browser.find("need-SLEEP").click();

        useKey("lotsen_wrong");
        suggest();
        browser.waitUntil(By.id("form-error"), "Nyckeln gäller inte");

        useKey(app.newKey(Role.POLICY_OWNER).substring("Bearer ".length()));
        suggest();
        browser.waitUntil(By.id("form-error"), "får inte göra det här");

        useKey(app.newKey(Role.STAFF).substring("Bearer ".length()));
        browser.script("const key = sessionStorage.getItem('lotsen-key'); return Promise.all([...Array(40)].map(() => "
                + "fetch('/codes', { headers: { Authorization: 'Bearer ' + key } })));");
        suggest();
        browser.waitUntil(By.id("form-error"), "För många förfrågningar");
        assertThat(resultShown()).isFalse();
    }

    @Test
    void newFamilyClearsEverythingButTheKey() {
        browser.find("age-months").sendKeys("6");
        browser.find("need-SLEEP").click();
        browser.find("risk-SOCIAL_ISOLATION").click();
        suggest();
        browser.waitFor(By.cssSelector("#plan .step"));

        browser.find("new-family").click();

        assertThat(browser.find("age-months").getAttribute("value")).isEmpty();
        assertThat(browser.find("need-SLEEP").isSelected()).isFalse();
        assertThat(browser.find("risk-SOCIAL_ISOLATION").isSelected()).isFalse();
        assertThat(resultShown()).isFalse();
        assertThat(browser.find("api-key").getAttribute("value")).isNotEmpty();
    }

    @Test
    void theLanguageToggleSwitchesLabelsAndTheAnswerToEnglish() {
        browser.find("language-toggle").click();

        assertThat(browser.driver.findElement(By.cssSelector("label[for=need-SLEEP]")).getText()).isEqualTo("Sleep");
        assertThat(browser.find("suggest").getText()).isEqualTo("Suggest a pathway");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.find("age-months").sendKeys("6");
        browser.find("need-SLEEP").click();
        suggest();
        browser.waitFor(By.cssSelector("#plan .step"));
        assertThat(stepTitles()).contains("Child health nurse (BVC)");
        browser.find("language-toggle").click();
        assertThat(stepTitles()).contains("BVC-sjuksköterska");
    }

    @Test
    void aWholeFamilyFitsOnAboutOneScreenAt1280AndTheFormWorksAt390() {
        browser.find("age-years").sendKeys("1");
        browser.find("age-months").sendKeys("2");
        for (String id : new String[] {"need-SLEEP", "need-FINANCES", "need-RELATIONSHIP", "risk-FINANCIAL_HARDSHIP",
            "risk-PARENTAL_CONFLICT"}) {
            browser.find(id).click();
        }
        long formBottom = ((Number) browser.script("return document.getElementById('request-form').getBoundingClientRect().bottom"
                + " + window.scrollY")).longValue();
        browser.screenshot("staff-page-1280");
        assertThat(formBottom).as("the whole form, buttons included, at 1280×800").isLessThanOrEqualTo(960);

        browser.size(390, 844);
        suggest();
        browser.waitFor(By.cssSelector("#plan .step"));
        long overflow = ((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        browser.screenshot("staff-page-390");
    }

    @Test
    void everyControlIsAtLeast44PixelsTallForFingers() {
        browser.find("age-months").sendKeys("6");
        browser.find("need-SLEEP").click();
        suggest();
        browser.waitFor(By.cssSelector("#plan .step"));

        Object small = browser.script("""
                return [...document.querySelectorAll('button, select, input:not([type=checkbox]):not([type=radio]), .check, a.tel, summary')]
                  .filter(e => e.offsetParent && e.getBoundingClientRect().height < 44)
                  .map(e => (e.id || e.className || e.tagName) + ' ' + e.getBoundingClientRect().height);
                """);
        assertThat((List<?>) small).isEmpty();
    }

    @Test
    void everyControlHasALabel() {
        Object unlabelled = browser.script("""
                return [...document.querySelectorAll('input, select, button')]
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                               && !e.getAttribute('aria-labelledby') && !(e.textContent || '').trim())
                  .map(e => e.id);
                """);
        assertThat((List<?>) unlabelled).isEmpty();
    }

    @Test
    void theWholeFormWorksWithTheKeyboardAlone() {
        List<String> reached = new ArrayList<>();
        browser.driver.navigate().refresh();
        browser.waitFor(By.id("need-SLEEP"));
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 200 && !reached.contains("suggest"); i++) {
            keys.sendKeys(Keys.TAB).perform();
            String id = browser.driver.switchTo().activeElement().getAttribute("id");
            reached.add(id);
            if ("age-months".equals(id)) {
                keys.sendKeys("6").perform();
            }
            if ("need-SLEEP".equals(id)) {
                keys.sendKeys(Keys.SPACE).perform();
            }
        }
        assertThat(reached).as(reached.toString()).containsSubsequence("api-key", "save-key", "language-toggle", "age-born",
                "age-years", "age-months", "need-SLEEP", "sev-SLEEP", "language", "centre", "risk-DOMESTIC_VIOLENCE", "suggest");

        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(By.cssSelector("#plan .step"));
        assertThat(stepTitles()).contains("BVC-sjuksköterska");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("result-heading");
    }

    /** WCAG 2.1 AA: text contrast of at least 4.5:1 (3:1 for large text), with a result showing. */
    @Test
    void allVisibleTextPassesWcagAaContrast() {
        browser.find("age-months").sendKeys("14");
        browser.find("risk-DOMESTIC_VIOLENCE").click();
        browser.find("need-SLEEP").click();
        suggest();
        browser.waitFor(By.id("safeguarding"));
        Object failures = browser.script("""
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
}
