package se.lotsen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/**
 * The parent's page in headless Chromium as a parent meets it: on a phone (390 px) and a computer (1280 px), in
 * Swedish and right to left in Arabic, no sideways scrolling at 320 px, answers without JavaScript, axe-core's
 * accessibility rules, and the printout as Chromium's PDF: one A4 page.
 */
@ExtendWith(SharedApp.class)
class HandoutBrowserTest {
    private static final String SLEEP_EXAMPLE = "../examples/requests/sleep-infant.json";
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static String reference(TestApp app, String request) {
        return TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF), request)).get("reference").asText();
    }

    private static void open(TestApp app, String request, int width) {
        browser.size(width, 844);
        browser.driver.get("http://127.0.0.1:" + app.port() + "/f/" + reference(app, request));
        browser.waitFor(By.tagName("h1"));
    }

    /** The sleep example as a parent in this language asks it (null: Swedish), at family centre North. */
    private static String sleepExample(String language) throws IOException {
        String json = Files.readString(Path.of(SLEEP_EXAMPLE)).strip();
        return json.substring(0, json.lastIndexOf('}')) + ", \"centre\": \"FC_NORR\""
                + (language == null ? "" : ", \"language\": \"" + language + "\"") + "}";
    }

    private static long sidewaysScroll() {
        return ((Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void inArabicThePageRunsRightToLeftAndSwedishTextsStayLeftToRight(int width, TestApp app) {
        open(app, "{\"childAgeMonths\": 30, \"needs\": [{\"category\": \"LIMIT_SETTING\"}, {\"category\": \"SLEEP\"}],"
                + " \"language\": \"ar\", \"centre\": \"FC_NORR\"}", width);

        assertThat(browser.script("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("خطواتك التالية");
        WebElement swedish = browser.driver.findElement(By.cssSelector(".step p.sv"));
        assertThat(browser.script("return getComputedStyle(arguments[0]).direction", swedish)).isEqualTo("ltr");
        assertThat(browser.driver.findElement(By.cssSelector(".interpreter")).getText()).contains("Jag behöver tolk på arabiska.");
        assertThat(sidewaysScroll()).isZero();
        browser.screenshot("handout-ar-" + width);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void inSwedishThePageReadsTopToBottomWithoutSidewaysScrolling(int width, TestApp app) throws IOException {
        open(app, sleepExample(null), width);

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dina nästa steg");
        assertThat(browser.driver.findElement(By.cssSelector(".expires")).getText()).matches("Sidan gäller till och med \\d{1,2} \\p{L}+ \\d{4}\\.");
        assertThat(sidewaysScroll()).isZero();
        browser.screenshot("handout-sv-" + width);
    }

    @Test
    void atTheNarrowestPhoneNeitherLanguageScrollsSideways(TestApp app) throws IOException {
        for (String language : new String[] {null, "ar", "so", "ti"}) {
            open(app, sleepExample(language), 320);
            assertThat(sidewaysScroll()).as(language + " at 320 px").isZero();
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheParentsPage(TestApp app) throws IOException {
        for (String language : new String[] {null, "ar"}) {
            for (int width : new int[] {390, 1280}) {
                open(app, sleepExample(language), width);
                List<AxeRun.Violation> violations = AxeRun.on(browser.driver);
                System.out.println("axe-core on /f/{reference} (" + (language == null ? "sv" : language) + ", " + width + " px): "
                        + (violations.isEmpty() ? "no violations" : violations));
                assertThat(violations).as(language + " " + width).noneMatch(AxeRun.Violation::seriousOrCritical);
            }
        }
    }

    @Test
    void aParentAnswersOneQuestionAtATimeWithTheButtonsAndIsThanked(TestApp app) throws IOException {
        open(app, sleepExample(null), 390);
        assertThat(browser.driver.findElements(By.cssSelector("#step-BVC_NURSE button[value=HELPED]"))).isEmpty();

        browser.driver.findElement(By.cssSelector("#step-BVC_NURSE button[value=CONTACTED]")).click();

        assertThat(browser.waitFor(By.cssSelector(".confirmation")).getText()).isEqualTo("Tack! Ditt svar är räknat.");
        browser.waitForAttribute(By.cssSelector("#step-BVC_NURSE button[value=CONTACTED]"), "aria-pressed", "true");
        browser.waitFor(By.cssSelector("#step-BVC_NURSE button[value=HELPED]")).click();
        // The answer re-renders the step: the button is found anew until it says it is pressed (a timeout fails the test).
        browser.waitForAttribute(By.cssSelector("#step-BVC_NURSE button[value=HELPED]"), "aria-pressed", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "ar", "so", "ti"})
    void theSleepExamplesPrintoutIsOneA4PageWithTheQrCodeAndTheContactAsText(String language, TestApp app) throws IOException {
        open(app, sleepExample("sv".equals(language) ? null : language), 1280);
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));

        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser.driver).print(a4).getContent());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(Math.round(page.getWidth() / 72 * 25.4)).as("width in mm").isEqualTo(210);
            assertThat(Math.round(page.getHeight() / 72 * 25.4)).as("height in mm").isEqualTo(297);
            Files.createDirectories(Browser.SCREENSHOTS);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 72), "png",
                    Browser.SCREENSHOTS.resolve("handout-print-" + language + ".png").toFile());
            System.out.println("Chromium's PDF of the sleep example in " + language + ": " + document.getNumberOfPages() + " page(s)");
            assertThat(document.getNumberOfPages()).as("pages").isEqualTo(1);
        }
        browser.script("for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) "
                + "if (rule.media && rule.media.mediaText === 'print') { for (const inner of rule.cssRules) "
                + "sheet.insertRule(inner.cssText, sheet.cssRules.length); }");
        assertThat(browser.driver.findElement(By.cssSelector(".follow-up")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.cssSelector(".qr-code svg")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.cssSelector(".keep")).getText()).contains("08-465 004 01", "Norra vägen 10", "/f/");
    }
}
