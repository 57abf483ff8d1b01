package se.lotsen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.core.Need;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Severity;
import se.lotsen.core.Step;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.policy.RuleSetLoader;

/**
 * The staff page read as a nurse reads it during a visit: the plan in groups by when, one line per step with a
 * "Varför?" control that opens with the keyboard; the violence example's whole plan within one and a half phone
 * screens of the safeguarding banner's top; no sideways scrolling at 320 and 390 px with the EPDS panel open; the age
 * in weeks under three months; and axe-core (from Maven Central, injected into the page) finding nothing serious or
 * critical on the staff page and the workbench. axe's findings of every impact are written to {@code target/axe/}.
 */
class StaffPagePlanBrowserTest {
    private static final Path VIOLENCE = Path.of(System.getProperty("lotsen.examples", "../examples"), "requests",
            "violence-at-home.json");
    private static final Path AXE_RESULTS = Path.of("target", "axe");

    private static TestApp app;
    private static Browser browser;
    private static PathwayEngine engine;

    @BeforeAll
    static void start() {
        app = TestApp.start(c -> {
            c.getRateLimit().setBurst(1_000);
            c.getRateLimit().setPerMinute(1_000);
        });
        engine = PathwayEngine.builder().ruleSet(RuleSetLoader.defaultRuleSet()).build();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @BeforeEach
    void openPage() {
        browser.size(1280, 800);
        browser.driver.get("http://127.0.0.1:" + app.port() + "/");
        WebElement key = browser.find("api-key");
        key.clear();
        key.sendKeys(app.key(Role.STAFF).substring("Bearer ".length()));
        browser.find("save-key").click();
        browser.waitFor(By.id("need-SLEEP"));
        browser.script("window.sent = []; const f = window.fetch; window.fetch = (u, o) => {"
                + " if (String(u).endsWith('/pathways/suggest')) { window.sent.push(o.body); } return f(u, o); };");
    }

    /** A window whose page area (innerHeight) is the phone's screen: the window's own frame comes on top. */
    private static void viewport(int width, int height) {
        browser.size(width, height);
        long frame = ((Number) browser.script("return window.outerHeight - window.innerHeight")).longValue();
        browser.size(width, height + (int) frame);
    }

    private static SuggestionRequest violenceExample() {
        try {
            return new ObjectMapper().readValue(Files.readString(VIOLENCE), SuggestionRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The family through the page's controls (age in months, needs with severity, risks, protective factors, language). */
    private static void enter(SuggestionRequest family) {
        browser.find("age-months").sendKeys(String.valueOf(family.childAgeMonths()));
        for (Need need : family.needs()) {
            browser.find("need-" + need.category()).click();
            Severity severity = need.severity() == null ? Severity.MODERATE : need.severity();
            browser.script("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                    + " s.dispatchEvent(new Event('change', { bubbles: true }));", "sev-" + need.category(), severity.name());
        }
        family.riskFactors().forEach(risk -> browser.find("risk-" + risk).click());
        if (!family.protectiveFactors().isEmpty()) {
            browser.driver.findElement(By.cssSelector("#protective-details > summary")).click();
            family.protectiveFactors().forEach(factor -> browser.find("protective-" + factor).click());
        }
        if (family.language() != null) {
            browser.script("document.getElementById('language').value = arguments[0]", family.language());
        }
    }

    private static void suggest() {
        browser.find("suggest").click();
        browser.waitFor(By.cssSelector("#plan .step"));
    }

    private static List<WebElement> steps() {
        return browser.driver.findElements(By.cssSelector("#plan .step"));
    }

    private static List<String> groupHeadings() {
        return browser.driver.findElements(By.cssSelector("#plan .plan-group > h3")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theViolenceFamilysPlanHasTheGroupsAndAWhyControlPerStepThatOpensWithTheKeyboard() {
        SuggestionRequest family = violenceExample();
        Pathway expected = engine.suggest(family);
        enter(family);
        suggest();

        assertThat(groupHeadings()).startsWith("I dag", "Inom en vecka");
        List<WebElement> steps = steps();
        assertThat(steps).hasSize(expected.steps().size());
        for (WebElement step : steps) {
            List<WebElement> controls = step.findElements(By.cssSelector("button.why-toggle"));
            assertThat(controls).as(step.getText()).hasSize(1);
            WebElement why = controls.get(0);
            assertThat(why.getText()).startsWith("Varför?");
            assertThat(why.getAttribute("aria-expanded")).isEqualTo("false");
            WebElement panel = browser.find(why.getAttribute("aria-controls"));
            assertThat(panel.isDisplayed()).as("folded until asked").isFalse();
            assertThat(step.findElement(By.cssSelector(".step-line")).getText()).doesNotContain("regel");
        }

        // The third step (the centre's social worker) opened with Enter, as from a keyboard: its reasons and rule ids.
        Step third = expected.steps().get(2);
        WebElement toggle = steps.get(2).findElement(By.cssSelector("button.why-toggle"));
        browser.script("arguments[0].focus()", toggle);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement panel = browser.find(toggle.getAttribute("aria-controls"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.getText()).contains(third.reasons().get(0).sv(), "regel " + third.reasons().get(0).ruleId(), "Så når du dem:");
        browser.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        assertThat(panel.isDisplayed()).as("closed again with the space bar").isFalse();

        browser.find("language-toggle").click();
        assertThat(groupHeadings()).startsWith("Today", "Within a week");
        assertThat(steps().get(0).findElement(By.cssSelector("button.why-toggle")).getText()).startsWith("Why?");
        browser.screenshot("staff-page-plan-en-1280");
    }

    @Test
    void theViolenceFamilysWholePlanIsWithinOneAndAHalfPhoneScreensOfTheBannersTop() {
        viewport(390, 844);
        enter(violenceExample());
        suggest();

        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.script("""
                const lines = [...document.querySelectorAll('#plan .step')];
                const last = lines[lines.length - 1];
                return { banner: document.getElementById('safeguarding').getBoundingClientRect().top + scrollY,
                         lastLine: last.getBoundingClientRect().bottom + scrollY, screen: innerHeight, width: innerWidth };""");
        assertThat(at.get("screen").intValue()).isEqualTo(844);
        assertThat(at.get("width").intValue()).isEqualTo(390);
        double reach = at.get("lastLine").doubleValue() - at.get("banner").doubleValue();
        assertThat(reach).as("from the banner's top to the bottom of the plan's last line, at 390×844")
                .isLessThanOrEqualTo(1.5 * 844);
        browser.screenshot("staff-page-violence-390");
    }

    @Test
    void noSidewaysScrollingAt320Or390WithTheEpdsPanelOpenWhicheverWayItIsFilledIn() {
        for (int width : new int[] {320, 390}) {
            viewport(width, 844);
            browser.find("new-family").click();
            browser.find("age-weeks").sendKeys("7");
            browser.driver.findElement(By.cssSelector("#epds-details > summary")).click();
            for (String kind : new String[] {"epds-items", "epds-total"}) {
                browser.find(kind).click();
                // The longest form name the list has: a language without a validated cut-off says so after its name.
                browser.script("const s = document.getElementById('epds-language');"
                        + " s.value = [...s.options].reduce((a, b) => b.text.length > a.text.length ? b : a).value;");
                long overflow = ((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
                assertThat(overflow).as(kind + " at " + width + " px").isLessThanOrEqualTo(0);
            }
            if (width == 390) {
                browser.screenshot("staff-page-epds-390");
            }
        }
    }

    @Test
    void weeksAloneStandForTheirMonthsAndWeeksThatDisagreeAreExplainedNextToTheAge() throws Exception {
        browser.find("age-weeks").sendKeys("7");
        browser.find("need-FEEDING").click();
        suggest();
        String sent = (String) browser.script("return window.sent[window.sent.length - 1]");
        assertThat(new ObjectMapper().readTree(sent).get("childAgeMonths").asInt()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(sent).get("childAgeWeeks").asInt()).isEqualTo(7);

        browser.find("age-months").sendKeys("0");
        browser.find("suggest").click();
        WebElement error = browser.waitFor(By.id("age-error"));
        assertThat(error.getText()).contains("Veckor anges bara under 3 månader")
                .contains("(0–" + se.lotsen.core.SuggestionRequest.MAX_CHILD_AGE_WEEKS + ")").doesNotContain("childAgeWeeks").doesNotContain("{");
        assertThat(browser.find("age-weeks").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("result").isDisplayed()).isFalse();
    }

    @Test
    void axeFindsNothingSeriousOrCriticalOnTheStaffPageWithAPlanOpenAndOnTheWorkbench() throws Exception {
        enter(violenceExample());
        browser.driver.findElement(By.cssSelector("#epds-details > summary")).click();
        browser.find("epds-items").click();
        suggest();
        steps().get(0).findElement(By.cssSelector("button.why-toggle")).click();
        browser.driver.findElement(By.cssSelector("#safeguarding details.more > summary")).click();
        List<Map<String, Object>> staff = axe("staff-page");

        browser.find("language-toggle").click();
        List<Map<String, Object>> staffInEnglish = axe("staff-page-en");

        viewport(390, 844);
        List<Map<String, Object>> staffOnAPhone = axe("staff-page-390");

        browser.size(1280, 900);
        browser.driver.get("http://127.0.0.1:" + app.port() + "/policy/");
        List<Map<String, Object>> workbenchKey = axe("workbench-key");
        browser.find("api-key").clear();
        browser.find("api-key").sendKeys(app.key(Role.POLICY_OWNER).substring("Bearer ".length()));
        browser.driver.findElement(By.cssSelector("#key-form button")).click();
        browser.waitFor(By.cssSelector("#versions tbody tr"));
        List<Map<String, Object>> workbench = axe("workbench");

        for (List<Map<String, Object>> found : List.of(staff, staffInEnglish, staffOnAPhone, workbenchKey, workbench)) {
            assertThat(found).as(found.toString()).noneMatch(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")));
        }
    }

    /** axe-core's run on the page as it is now; every violation, whatever its impact, is kept in target/axe/NAME.json. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> axe(String name) throws IOException {
        browser.script(axeSource());
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String json = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map((n) => n.target.join(' ')) })))))
                  .catch((e) => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e) }])));""");
        Files.createDirectories(AXE_RESULTS);
        Files.writeString(AXE_RESULTS.resolve(name + ".json"), json);
        return new ObjectMapper().readValue(json, List.class);
    }

    private static String axeCache;

    private static synchronized String axeSource() throws IOException {
        if (axeCache == null) {
            ClassLoader loader = StaffPagePlanBrowserTest.class.getClassLoader();
            Properties pom = new Properties();
            try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
                pom.load(in);
            }
            try (InputStream in = loader.getResourceAsStream("META-INF/resources/webjars/axe-core/" + pom.getProperty("version")
                    + "/axe.min.js")) {
                axeCache = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axeCache;
    }
}
