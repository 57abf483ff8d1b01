package se.lotsen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/** The parent's page in headless Chromium: right to left in Arabic, answers without JavaScript, the printout. */
@ExtendWith(SharedApp.class)
class HandoutBrowserTest {
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static void open(TestApp app, String request) {
        String reference = TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF), request)).get("reference").asText();
        browser.size(390, 844);
        browser.driver.get("http://127.0.0.1:" + app.port() + "/f/" + reference);
    }

    @Test
    void inArabicThePageRunsRightToLeftAndSwedishTextsStayLeftToRight(TestApp app) {
        open(app, "{\"childAgeMonths\": 30, \"needs\": [{\"category\": \"LIMIT_SETTING\"}, {\"category\": \"SLEEP\"}],"
                + " \"language\": \"ar\", \"centre\": \"FC_NORR\"}");
        WebElement heading = browser.waitFor(By.tagName("h1"));

        assertThat(browser.script("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        assertThat(heading.getText()).isEqualTo("خطواتك التالية");
        WebElement swedishName = browser.driver.findElement(By.cssSelector(".step h2[lang=sv]"));
        assertThat(browser.script("return getComputedStyle(arguments[0]).direction", swedishName)).isEqualTo("ltr");
        browser.screenshot("handout-ar");
    }

    @Test
    void aParentAnswersWithTheButtonsAndIsThanked(TestApp app) {
        open(app, "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}], \"centre\": \"FC_NORR\"}");
        browser.screenshot("handout-sv");

        browser.driver.findElement(By.cssSelector("#step-BVC_NURSE button[value=CONTACTED]")).click();

        assertThat(browser.waitFor(By.cssSelector(".confirmation")).getText()).isEqualTo("Tack! Ditt svar är räknat.");
        assertThat(browser.driver.findElement(By.cssSelector("#step-BVC_NURSE button[value=CONTACTED]"))
                .getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void thePrintoutLeavesOutTheButtonsAndKeepsTheQrCode(TestApp app) {
        open(app, "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}");
        browser.waitFor(By.tagName("h1"));

        browser.script("for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) "
                + "if (rule.media && rule.media.mediaText === 'print') { for (const inner of rule.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length); }");

        assertThat(browser.driver.findElement(By.cssSelector(".follow-up")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.cssSelector(".qr-code svg")).isDisplayed()).isTrue();
        List<WebElement> tel = browser.driver.findElements(By.cssSelector("a.tel"));
        assertThat(tel).isNotEmpty();
    }
}
